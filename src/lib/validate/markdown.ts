/**
 * Checks on a listing's Markdown description. Raw HTML could break the page or smuggle in a
 * script; images and odd link schemes would make the page contact other hosts or run code.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { urlUserinfo } from '#schemas/contact.ts';
import { descriptionTelHref } from '#lib/html/links.ts';
import { plainHttpMessage } from './plain-http.ts';
import { DESCRIPTION_FIELD } from './field-names.ts';
import type { Problem } from './problem.ts';

// mailto: passes here because the e-mail rule (free-text-emails.ts) reports it with its own advice.
const ALLOWED_LINK = /^(https?:\/\/|mailto:|tel:)/i;

/** Link text that is only a web address or a host name: "example.org", "https://example.org/join". */
const HOST_TEXT = /^(?:https?:\/\/)?([^\s/?#@:\\]+\.\p{L}{2,}\.?)(?::\d+)?(?:[/?#]\S*)?$/iu;

/** A host in the form browsers compare (lowercase, punycode), without a leading "www.". */
function comparableHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

interface TextNode {
  type: string;
  value?: string;
  children?: TextNode[];
}

/** The words of a link, as a reader sees them. */
function linkText(node: TextNode): string {
  return node.value ?? (node.children ?? []).map(linkText).join('');
}

/**
 * When a link's words are a web address or host other than where it goes ("[example.org](https://
 * evil.example)"), the host its words name and the host it opens; undefined otherwise.
 */
export function misleadingLink(text: string, url: string): { named: string; target: string } | undefined {
  const host = HOST_TEXT.exec(text.trim())?.[1];
  if (!host || !/^https?:\/\//i.test(url.trim())) return undefined;
  const named = comparableHost(`http://${host}`);
  const target = comparableHost(url.trim());
  return named && target && named !== target ? { named, target } : undefined;
}

/** Problems in a Markdown body that starts at `firstLine` of `file`. */
export function checkMarkdownBody(file: string, body: string, firstLine: number, field = DESCRIPTION_FIELD): Problem[] {
  // HTML, links and images all need "<" or "["; most descriptions have neither, and skipping
  // the parse for them keeps validating a large project quick.
  if (body.trim() === '' || !/[<[]/.test(body)) return [];
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + firstLine - 1 : firstLine;
  const tree = fromMarkdown(body);
  // A reference link ([words][id]) opens the address of its definition ([id]: https://…).
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  visit(tree, (node) => {
    // A closing tag repeats its opening tag's problem, so only opening tags are reported.
    if (node.type === 'html' && !node.value.trim().startsWith('</')) {
      const tag = node.value.trim().split(/\s|>/)[0] ?? '';
      problems.push({
        file,
        line: lineOf(node),
        field,
        message: `raw HTML (${tag}${tag.endsWith('>') ? '' : '…'}) is not allowed; write plain Markdown instead`,
        severity: 'error',
      });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({
        file,
        line: lineOf(node),
        field,
        message: 'images are not allowed in descriptions (they would load from another site); remove the ![…](…) part',
        severity: 'error',
      });
    } else if ((node.type === 'link' || node.type === 'definition') && !ALLOWED_LINK.test(node.url.trim())) {
      problems.push({
        file,
        line: lineOf(node),
        field,
        message: `link "${node.url}" is not allowed; links must start with https://, http:// or tel:`,
        severity: 'error',
      });
    } else if ((node.type === 'link' || node.type === 'definition') && urlUserinfo(node.url.trim())) {
      const userinfo = urlUserinfo(node.url.trim())!;
      problems.push({
        file,
        line: lineOf(node),
        field,
        message: `link "${node.url}" has "${userinfo}" before the site's name, so it would open ${comparableHost(node.url.trim())} instead; remove "${userinfo}" and check which site is meant`,
        severity: 'error',
      });
    } else if (
      (node.type === 'link' || node.type === 'definition') &&
      /^tel:/i.test(node.url.trim()) &&
      !descriptionTelHref(node.url)
    ) {
      problems.push({
        file,
        line: lineOf(node),
        field,
        message: `link "${node.url}" is not a phone number that dials; write the number with its area code after tel:, like [call us](tel:+1-517-555-0142)`,
        severity: 'error',
      });
    } else if ((node.type === 'link' || node.type === 'definition') && /^http:\/\//i.test(node.url.trim())) {
      problems.push({
        file,
        line: lineOf(node),
        field,
        message: plainHttpMessage(node.url.trim()),
        severity: 'warning',
      });
    } else if (node.type === 'link' || node.type === 'linkReference') {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
      const misleading = url === undefined ? undefined : misleadingLink(linkText(node), url);
      if (misleading) {
        problems.push({
          file,
          line: lineOf(node),
          field,
          message: `link text names ${misleading.named} but the link opens ${misleading.target}; make the words match the address, or describe the place in words`,
          severity: 'warning',
        });
      }
    }
  });
  return problems;
}

/** How a description that still needs writing starts (a placeholder to replace). */
export const PLACEHOLDER_PREFIX = 'TODO:';

/**
 * An error for each line of a description that starts with "TODO:". It once was a warning, and
 * the placeholder was then published as the listing's description; a listing is shared for
 * review early as a draft pull request instead.
 */
export function checkPlaceholders(file: string, body: string, firstLine: number, field = DESCRIPTION_FIELD): Problem[] {
  return body.split('\n').flatMap((line, i) =>
    line.trimStart().startsWith(PLACEHOLDER_PREFIX)
      ? [
          {
            file,
            line: firstLine + i,
            field,
            message: `still has a placeholder line starting "${PLACEHOLDER_PREFIX}", which would be published as it is; replace the line with two or three plain sentences about the place, or delete it`,
            severity: 'error' as const,
          },
        ]
      : [],
  );
}
