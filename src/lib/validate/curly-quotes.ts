/**
 * Values wrapped in curly quotes (“…”, ‘…’, «…»), as phones, word processors and some web
 * editors type them. YAML treats only straight quotes as quotes, so the curly ones become part of
 * the value: a phone number, time or address then fails its format check for no visible reason,
 * and a name would show “with its quotes” in every title and heading.
 *
 * A name in curly quotes is refused rather than silently unwrapped: the file is what the exports
 * and every later edit start from, so it should say what is published, and the fix is one
 * keystroke. Running text (summary, description, notes) may quote someone on purpose and is left
 * alone.
 */
import { textValues } from './characters.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

const CURLY = '“”„‟‘’‚‛«»‹›';
/** A value whose first and last characters are quote marks, at least one of them curly. */
const WRAPPED = new RegExp(`^\\s*([${CURLY}"'])([^]*)([${CURLY}"'])\\s*$`);

/** Fields of running text, where a quotation may be meant. */
const RUNNING_TEXT = new Set(['summary', 'description', 'note', 'status_note', 'conference_notes']);

/** The text inside the quotes when `value` is wrapped in curly quotes, else undefined. */
export function insideCurlyQuotes(value: string): { inside: string; marks: string } | undefined {
  const match = WRAPPED.exec(value);
  if (!match || !(CURLY.includes(match[1]!) || CURLY.includes(match[3]!)) || match[2]!.trim() === '') return undefined;
  return { inside: match[2]!.trim(), marks: `${match[1]} ${match[3]}` };
}

/** One error per value in curly quotes (see the top of this file). */
export function checkCurlyQuotes(
  file: string,
  source: Pick<ParsedSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>,
): Problem[] {
  const problems: Problem[] = [];
  for (const value of textValues(source)) {
    const key = value.path.findLast((segment) => typeof segment === 'string');
    if (value.freeText || key === undefined || RUNNING_TEXT.has(key)) continue;
    const quoted = insideCurlyQuotes(value.text);
    if (quoted === undefined) continue;
    const { inside, marks } = quoted;
    const example = typeof value.path.at(-1) === 'number' ? `"${inside}"` : `${key}: "${inside}"`;
    problems.push({
      file,
      line: value.line(),
      field: value.field,
      path: value.path,
      message: `is in curly quotes (${marks}), which YAML keeps as part of the value; type straight quotes (") instead, like ${example}`,
      severity: 'error',
    });
  }
  return problems;
}
