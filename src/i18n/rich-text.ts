/**
 * The little markup a dictionary sentence may carry, so a translator can move a bold word or a
 * link within the sentence instead of the sentence being cut into pieces around it:
 * `**bold**`, `` `code` `` and `[words](name)`, a link whose address the page gives by name.
 * `{placeholders}` are filled inside each piece, as text: a value can never add markup. A value
 * in another language than the page (a `PageText` with `lang`, like an untranslated site name)
 * becomes a piece of its own, so the page can mark it. Pure; src/components/RichText.astro
 * renders the pieces as elements, never as HTML.
 */
import type { PageText } from './site-text.ts';
import { fill } from './text.ts';

export interface RichPart {
  kind: 'text' | 'strong' | 'code' | 'link';
  text: string;
  /** A link's address. */
  href?: string;
  /** Set when the piece is in another language than the page. */
  lang?: string;
}

export type RichValue = string | number | PageText;

const TOKEN = /\*\*(.+?)\*\*|`(.+?)`|\[(.+?)\]\((\w+)\)/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The plain values of `values`: a PageText gives its words. */
function plainValues(values: Readonly<Record<string, RichValue>>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? value.text : value]),
  );
}

/** The pieces of `template`, with `values` filled in; a link whose name has no address stays text. */
export function richParts(
  template: string,
  values: Readonly<Record<string, RichValue>> = {},
  links: Readonly<Record<string, string>> = {},
): RichPart[] {
  const plain = plainValues(values);
  const parts: RichPart[] = [];
  /** Plain text, split where a value in another language sits. */
  const text = (raw: string) => {
    let at = 0;
    for (const match of raw.matchAll(PLACEHOLDER)) {
      const value = Object.hasOwn(values, match[1]!) ? values[match[1]!] : undefined;
      if (typeof value !== 'object' || !value.lang) continue;
      if (match.index > at) parts.push({ kind: 'text', text: fill(raw.slice(at, match.index), plain) });
      parts.push({ kind: 'text', text: value.text, lang: value.lang });
      at = match.index + match[0].length;
    }
    if (raw.length > at) parts.push({ kind: 'text', text: fill(raw.slice(at), plain) });
  };
  let at = 0;
  for (const match of template.matchAll(TOKEN)) {
    text(template.slice(at, match.index));
    const [, strong, code, words, name] = match;
    if (strong !== undefined) parts.push({ kind: 'strong', text: fill(strong, plain) });
    else if (code !== undefined) parts.push({ kind: 'code', text: code });
    else if (name && Object.hasOwn(links, name))
      parts.push({ kind: 'link', text: fill(words!, plain), href: links[name]! });
    else text(words!);
    at = match.index + match[0].length;
  }
  text(template.slice(at));
  return parts;
}

/** The words of `template` without its markup: for attributes and plain-text messages. */
export function plainText(template: string, values: Readonly<Record<string, RichValue>> = {}): string {
  return richParts(template, values)
    .map((part) => part.text)
    .join('');
}
