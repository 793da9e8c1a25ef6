/**
 * Free text crossing between Meeting Guide feeds (plain text) and listing descriptions
 * (Markdown): both ways, e-mail addresses are taken out, because feeds' notes often hold a
 * member's own address ("for the password e-mail jo.smith@…") and listing files are public.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * A run of the characters an e-mail address may hold (with an optional `mailto:` before it).
 * Each match takes a whole run, so the scan is linear; a single pattern for the address itself
 * (`[^@…]+@[^@…]+\.[a-z]{2,}`) retries every start in a long word and took 5 s on 80,000
 * characters.
 */
const ADDRESS_RUN = /(?:mailto:)?[^\s<>()[\]{},;:"']+/g;

/** Letters after the last dot of a domain: the top-level domain, two letters or more. */
const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/**
 * The end of a domain's address part in `run` from `start` to `end` (no @ between): after the
 * last dot that has a character before it and two letters or more after it, and those letters.
 */
function domainEnd(run: string, start: number, end: number): number | undefined {
  // Backwards from the end, never past `start`, so each stretch between two @ is read once.
  for (let dot = end - 3; dot > start; dot--) {
    if (run[dot] === '.' && isLetter(run[dot + 1]) && isLetter(run[dot + 2])) {
      let stop = dot + 3;
      while (stop < end && isLetter(run[stop])) stop++;
      return stop;
    }
  }
  return undefined;
}

/**
 * The addresses in one run as [start, end) pairs: a name (no @), an @, then a domain ending in
 * a dot and letters. A `mailto:` that starts the run goes with its address.
 */
function addressesIn(run: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const prefix = run.startsWith('mailto:') ? 'mailto:'.length : 0;
  let from = prefix;
  let at = run.indexOf('@', from);
  while (at !== -1) {
    const nextAt = run.indexOf('@', at + 1);
    const end = at > from ? domainEnd(run, at + 1, nextAt === -1 ? run.length : nextAt) : undefined;
    if (end !== undefined) {
      found.push([from === prefix ? 0 : from, end]);
      from = end;
      at = run.indexOf('@', from);
    } else {
      // The name before this @ cannot start an address; the text after it might.
      from = at + 1;
      at = nextAt;
    }
  }
  return found;
}

/** What an e-mail address is replaced with, so the sentence around it still reads. */
const EMAIL_REMOVED = '(e-mail address removed)';

/** The e-mail addresses in text (with any `mailto:` before them), in order. */
export function findEmails(text: string): string[] {
  const emails: string[] = [];
  for (const [run] of text.matchAll(ADDRESS_RUN)) {
    if (run.includes('@')) for (const [start, end] of addressesIn(run)) emails.push(run.slice(start, end));
  }
  return emails;
}

/** The text without e-mail addresses, and how many were taken out. Linear in the text's length. */
export function removeEmails(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(ADDRESS_RUN, (run) => {
    if (!run.includes('@')) return run;
    const addresses = addressesIn(run);
    if (addresses.length === 0) return run;
    removed += addresses.length;
    let out = '';
    let last = 0;
    for (const [start, end] of addresses) {
      out += run.slice(last, start) + EMAIL_REMOVED;
      last = end;
    }
    return out + run.slice(last);
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
const MARKDOWN_HINT = /[\\`*_[\]<>&#~|=+]|^[ \t]*(?:[-+>]|\d{1,9}[.)])/m;

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
