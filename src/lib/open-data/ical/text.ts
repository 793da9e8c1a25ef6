/**
 * iCalendar text (RFC 5545 3.1 and 3.3.11): TEXT values escaped, content lines folded to 75
 * octets of UTF-8, and lines joined with CRLF. Calendar apps reject or garble files that get
 * these wrong, so they are kept apart and tested on their own.
 */

/** RFC 5545 3.1: content lines are at most 75 octets long, not counting the line break. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** UTF-8 length of one code point. */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 3.1).
 * Continuation lines start with one space, which counts toward their 75. Splits only between
 * code points, so a multi-byte character (or an emoji's surrogate pair) is never cut in half.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const octets = utf8Octets(char);
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. Control
 * characters other than tab are not allowed in a value at all, and a lone surrogate cannot be
 * written as UTF-8 (the file's encoding), so they are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/gu, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

/** A TEXT property line, escaped. */
export function textProperty(name: string, value: string): string {
  return `${name}:${escapeText(value)}`;
}

/** Joins content lines into a file: each folded and ended with CRLF, the last one too. */
export function serializeLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
