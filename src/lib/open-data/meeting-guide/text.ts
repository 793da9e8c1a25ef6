/**
 * Free text crossing between Meeting Guide feeds (plain text) and listing descriptions
 * (Markdown): both ways, e-mail addresses are taken out, because feeds' notes often hold a
 * member's own address ("for the password e-mail jo.smith@…") and listing files are public.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

/** An e-mail address inside text, with an optional `mailto:` before it. */
const EMAIL_RE = /(?:mailto:)?[^\s@<>()[\]{},;:"']+@[^\s@<>()[\]{},;:"']+\.[A-Za-z]{2,}/g;

/** What an e-mail address is replaced with, so the sentence around it still reads. */
const EMAIL_REMOVED = '(e-mail address removed)';

/** The text without e-mail addresses, and how many were taken out. */
export function removeEmails(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(EMAIL_RE, () => {
    removed += 1;
    return EMAIL_REMOVED;
  });
  return { text: cleaned, removed };
}

/**
 * Plain text as Markdown that renders as exactly that text: every character Markdown could read
 * as syntax (emphasis, links, raw HTML, entities, headings, lists, code) is escaped, so notes
 * from a feed can never become HTML or a link. Line breaks stay; blank lines separate paragraphs.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/[\\`*_[\]<>&#~|!]/g, '\\$&')
        // Line starts that open a list, a quote, a heading underline or a thematic break.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Characters and line starts after which a description may hold Markdown syntax. */
const MARKDOWN_HINT = /[\\`*_[\]<>&#~|=+]|^\s*(?:[-+>]|\d{1,9}[.)])/m;

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/** The text of inline Markdown nodes; a link keeps its web address after its words. */
function inlineText(nodes: readonly MdNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
      if (node.type === 'break') return '\n';
      if (node.type === 'link') {
        const words = inlineText(node.children ?? []);
        const url = node.url ?? '';
        return /^https?:\/\//i.test(url) && url !== words ? `${words} (${url})` : words;
      }
      return inlineText(node.children ?? []);
    })
    .join('');
}

/** Each block of a Markdown tree as one paragraph of text. */
function blockTexts(nodes: readonly MdNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'paragraph' || node.type === 'heading') return [inlineText(node.children ?? [])];
    if (node.type === 'code') return [node.value ?? ''];
    if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') return [];
    return blockTexts(node.children ?? []);
  });
}

/**
 * A Markdown description as plain text (Meeting Guide notes hold no formatting): the words,
 * paragraph by paragraph, without Markdown's marks or escapes.
 */
export function markdownToPlainText(markdown: string): string {
  // Most descriptions are plain sentences; parsing them would change nothing.
  if (!MARKDOWN_HINT.test(markdown)) return markdown.trim().replace(/\n{3,}/g, '\n\n');
  return blockTexts([fromMarkdown(markdown) as MdNode])
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
