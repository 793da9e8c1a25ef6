/**
 * Renders a listing description. micromark is the parser the validator checks descriptions
 * with, so what passed validation is exactly what renders; it escapes any HTML by default.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { micromark } from 'micromark';
import { visit } from 'unist-util-visit';
import { descriptionTelHref } from './links.ts';
import { markdownLimitBroken } from './markdown-limits.ts';

/**
 * Characters and line starts that can mean something in CommonMark. Text with none of them is
 * only paragraphs, which is what most descriptions are.
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&#~|=+\t\r]|^ | $|^(?:-|\d{1,9}[.)])/m;

const ESCAPES: Record<string, string> = { '"': '&quot;' };

/**
 * Plain paragraphs rendered exactly as micromark would render them, or undefined when the text
 * holds anything that could be Markdown syntax. Parsing every description is a noticeable part
 * of a large build (BENCHMARKS.md); unit tests hold this to micromark's output.
 */
export function renderPlainParagraphs(markdown: string): string | undefined {
  if (MARKDOWN_SYNTAX.test(markdown)) return undefined;
  const paragraphs = markdown.replace(/^\n+|\n+$/g, '').split(/\n{2,}/);
  const html = paragraphs.map((p) => `<p>${p.replace(/"/g, (c) => ESCAPES[c]!)}</p>`).join('\n');
  return markdown.endsWith('\n') ? `${html}\n` : html;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as escaped paragraphs, without reading any Markdown. */
function escapedParagraphs(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .map((p) => `<p>${p.trim().replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!)}</p>`)
    .join('\n');
}

export function renderDescription(markdown: string | undefined): string {
  if (!markdown || markdown.trim() === '') return '';
  const plain = renderPlainParagraphs(markdown);
  if (plain !== undefined) return plain;
  // The validator refuses these shapes; should one reach the renderer anyway (a caller that did
  // not validate), it shows as text rather than stalling the build in micromark.
  if (markdownLimitBroken(markdown)) return escapedParagraphs(markdown);
  return restoreTelLinks(markdown, micromark(markdown));
}

/**
 * micromark writes `<a href="">` for a `tel:` link: its list of safe protocols leaves tel: out,
 * and its one option (allowDangerousProtocol) would let javascript: through as well. The links
 * of the parse tree come in the order micromark writes their `<a href="`, so each empty href
 * whose link dials a phone number gets that number back, in the form the call buttons use; if
 * the two ever disagree in number, the HTML is left as micromark wrote it.
 */
function restoreTelLinks(markdown: string, html: string): string {
  if (!/tel:/i.test(markdown)) return html;
  const tree = fromMarkdown(markdown);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const urls: (string | undefined)[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') urls.push(node.url);
    else if (node.type === 'linkReference') urls.push(definitions.get(node.identifier));
  });
  const anchors = html.match(/<a href="/g) ?? [];
  if (anchors.length !== urls.length) return html;
  let index = 0;
  return html.replace(/<a href="([^"]*)"/g, (anchor, href: string) => {
    const url = urls[index++];
    const tel = href === '' && url !== undefined ? descriptionTelHref(url) : undefined;
    return tel ? `<a href="${tel}"` : anchor;
  });
}
