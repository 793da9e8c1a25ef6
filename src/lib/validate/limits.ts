/**
 * Limits on a listing file, checked before anything expensive reads it, so any file that passes
 * validation is parsed and rendered in bounded time (issue 15). Each is far above what a real
 * listing uses (the largest file in data/listings is about 1.3 KB, its longest line about 300
 * characters) and far below the sizes that took seconds: the YAML reader's work grows with the
 * square of the number of fields in one file, and a 50 MB file never finished. The Markdown
 * limits (description length, nesting, marks) live beside the renderer they protect, in
 * src/lib/html/markdown-limits.ts. CONTRIBUTING.md lists them for volunteers.
 */
import { MAX_DESCRIPTION_CHARS, MAX_MARKS, MAX_NESTING, markdownLimitBroken } from '#lib/html/markdown-limits.ts';
import { DESCRIPTION_FIELD } from './field-names.ts';
import type { Problem } from './problem.ts';

export { MAX_DESCRIPTION_CHARS, MAX_MARKS, MAX_NESTING };

/** A listing file's size in bytes: 64 KiB holds a 20,000-character description three times over. */
export const MAX_FILE_BYTES = 64 * 1024;

/** One line's length in characters: a long paragraph on one line is about 2,000. */
export const MAX_LINE_CHARS = 5_000;

/** Lines of fields (front matter, or a whole .yaml file): a full listing has about 60. */
export const MAX_FIELD_LINES = 1_000;

/** Problems listed for one file: past this, one more line says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 50;

const count = (n: number): string => n.toLocaleString('en-US');

/** The problem with a file too large to read, from its size alone (so it is never read). */
export function fileSizeProblem(file: string, bytes: number): Problem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return {
    file,
    field: 'file',
    message: `is ${count(bytes)} bytes; the limit is ${count(MAX_FILE_BYTES)} (64 KB): a listing is one place or program, so shorten the description or split the file`,
    severity: 'error',
  };
}

/**
 * The bytes `text` takes in UTF-8, counted without encoding it (Buffer is Node's, and the listing
 * form runs this in the browser): a lone surrogate half takes 3, as the replacement character it
 * is written as.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const FIELD_KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;

/**
 * The size limits on a listing file's text, before its YAML is read: the file's size, its
 * longest line, and how many lines of fields it has. At most one problem per limit.
 */
export function checkFileLimits(file: string, text: string): Problem[] {
  const bytes = utf8Length(text);
  const tooLarge = fileSizeProblem(file, bytes);
  if (tooLarge) return [tooLarge];
  const problems: Problem[] = [];
  const isMarkdown = !/\.ya?ml$/i.test(file);
  const lines = text.split(/\r\n?|\n/);
  // In a .md file the fields are between the first two --- lines; the body follows.
  let dashes = isMarkdown ? 0 : 1;
  let field = 'yaml';
  let fieldLines = 0;
  let longDone = false;
  for (const [i, line] of lines.entries()) {
    const inFields = dashes === 1;
    if (isMarkdown && dashes < 2 && /^---[ \t]*$/.test(line)) dashes += 1;
    else if (inFields) {
      if (line.trim() !== '') fieldLines += 1;
      field = FIELD_KEY.exec(line)?.[1] ?? field;
    } else if (dashes === 2) field = DESCRIPTION_FIELD;
    if (!longDone && line.length > MAX_LINE_CHARS) {
      longDone = true;
      problems.push({
        file,
        line: i + 1,
        field,
        message: `this line is ${count(line.length)} characters; the limit is ${count(MAX_LINE_CHARS)}: break it into shorter lines (in a description, a single line break does not change how it shows)`,
        severity: 'error',
      });
    }
  }
  if (fieldLines > MAX_FIELD_LINES) {
    problems.push({
      file,
      line: 1,
      field: 'yaml',
      message: `the fields take ${count(fieldLines)} lines; the limit is ${count(MAX_FIELD_LINES)}: remove the extra lines (a long description goes below the front matter of a .md file)`,
      severity: 'error',
    });
  }
  return problems;
}

/**
 * The Markdown limits on a description (a .md body, or a .yaml description field) starting at
 * `firstLine`: length, nesting and marks, checked before the Markdown is parsed. One problem at
 * most; when there is one, the description must not be parsed.
 */
export function checkDescriptionLimits(file: string, text: string, firstLine: number, field: string): Problem[] {
  const broken = markdownLimitBroken(text);
  if (!broken) return [];
  const message =
    broken.kind === 'length'
      ? `is ${count(broken.actual)} characters; the limit is ${count(broken.limit)}: shorten it, and link to a web page for the rest`
      : broken.kind === 'nesting'
        ? `nests ${count(broken.actual)} quotes or list items (> or - at the start of a line); the limit is ${broken.limit}: remove the extra > and - marks`
        : `has ${count(broken.actual)} emphasis and link marks (*, _, [ and ]); the limit is ${count(broken.limit)}: remove the extra marks`;
  const line = broken.kind === 'nesting' ? firstLine + broken.lineIndex : firstLine;
  return [{ file, line, field, message, severity: 'error' }];
}
