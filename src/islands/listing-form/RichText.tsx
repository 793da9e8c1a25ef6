/**
 * A dictionary sentence with its bold words, code and links (src/i18n/rich-text.ts), as
 * elements: the island's twin of components/RichText.astro. Everything is set as text.
 */
import { richParts, type RichValue } from '#i18n/rich-text.ts';

interface Props {
  text: string;
  values?: Record<string, RichValue>;
  links?: Record<string, string>;
}

export function RichText({ text, values, links }: Props) {
  return (
    <>
      {richParts(text, values, links).map((part, i) =>
        part.kind === 'strong' ? (
          <strong key={i}>{part.text}</strong>
        ) : part.kind === 'code' ? (
          <code key={i}>{part.text}</code>
        ) : part.kind === 'link' ? (
          <a key={i} href={part.href}>
            {part.text}
          </a>
        ) : part.lang ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
