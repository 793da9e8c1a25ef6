/**
 * Checks on a listing's Markdown description. Raw HTML could break the page or smuggle in a
 * script; images and odd link schemes would make the page contact other hosts or run code.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';

const ALLOWED_LINK = /^(https?:\/\/|mailto:|tel:)/i;

/** Problems in a Markdown body that starts at `firstLine` of `file`. */
export function checkMarkdownBody(file: string, body: string, firstLine: number, field = 'body'): Problem[] {
  // HTML, links and images all need "<" or "["; most descriptions have neither, and skipping
  // the parse for them keeps validating a large project quick.
  if (body.trim() === '' || !/[<[]/.test(body)) return [];
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + firstLine - 1 : firstLine;
  visit(fromMarkdown(body), (node) => {
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
        message: `link "${node.url}" is not allowed; links must start with https://, http://, mailto: or tel:`,
        severity: 'error',
      });
    }
  });
  return problems;
}

/** How a description that still needs writing starts (`npm run new` writes one). */
export const PLACEHOLDER_PREFIX = 'TODO:';

/**
 * A warning for each line of a description that starts with "TODO:": a placeholder must not be
 * published by mistake, but it is no error, so a new listing can be shared for review early.
 */
export function checkPlaceholders(file: string, body: string, firstLine: number, field = 'body'): Problem[] {
  return body.split('\n').flatMap((line, i) =>
    line.trimStart().startsWith(PLACEHOLDER_PREFIX)
      ? [
          {
            file,
            line: firstLine + i,
            field,
            message: `still has a placeholder ("${PLACEHOLDER_PREFIX} …"); replace it with a short description in plain words`,
            severity: 'warning' as const,
          },
        ]
      : [],
  );
}
