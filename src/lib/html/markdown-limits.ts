/**
 * The shape of a description that micromark renders in bounded time. CommonMark parsers do work
 * that grows with the square of some shapes: quotes and list items nested on one line (`> > > …`,
 * `- - - …`) and long runs of emphasis and link marks (`*a_*a_…`). 50,000 characters of `>`
 * took 86 s to render. These limits sit far above real descriptions (the longest in
 * data/listings is a few hundred characters, with no nesting) and far below the slow shapes.
 * The validator reports them (src/lib/validate/limits.ts); the renderer falls back to plain text
 * past them (markdown.ts), so nothing that slipped past validation can stall a build.
 */

/** A description's length in characters: a few thousand is a long one; 20,000 is about 3,000 words. */
export const MAX_DESCRIPTION_CHARS = 20_000;

/** Quotes and list items nested in one another on one line: real descriptions use 0 to 3. */
export const MAX_NESTING = 10;

/**
 * Emphasis and link marks (`*`, `_`, `[`, `]`) in one description: a description with 100 links
 * and bold words uses a few hundred; matching them costs the square of their number.
 */
export const MAX_MARKS = 1_000;

/** How deeply quotes (`>`) and list items (`-`, `*`, `+`, `1.`) nest at the start of a line. */
export function nestingDepth(line: string): number {
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const c = line[i];
    const next = line[i + 1];
    if (c === '>') {
      i += 1;
    } else if ((c === '-' || c === '*' || c === '+') && (next === ' ' || next === '\t')) {
      i += 2;
    } else {
      const ordered = /^\d{1,9}[.)](?:[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!ordered) return depth;
      i += ordered[0].length;
    }
    depth += 1;
  }
}

export type MarkdownLimit =
  | { kind: 'length'; actual: number; limit: number }
  | { kind: 'nesting'; actual: number; limit: number; lineIndex: number }
  | { kind: 'marks'; actual: number; limit: number };

/** The first limit a description breaks, or undefined; one pass over the text, no parsing. */
export function markdownLimitBroken(markdown: string): MarkdownLimit | undefined {
  if (markdown.length > MAX_DESCRIPTION_CHARS) {
    return { kind: 'length', actual: markdown.length, limit: MAX_DESCRIPTION_CHARS };
  }
  const lines = markdown.split('\n');
  for (const [lineIndex, line] of lines.entries()) {
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING) return { kind: 'nesting', actual: depth, limit: MAX_NESTING, lineIndex };
  }
  let marks = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    // * _ [ ]
    if (c === 42 || c === 95 || c === 91 || c === 93) marks += 1;
  }
  return marks > MAX_MARKS ? { kind: 'marks', actual: marks, limit: MAX_MARKS } : undefined;
}
