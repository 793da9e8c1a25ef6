/**
 * The YAML reader's errors in a volunteer's words. The reader (the `yaml` package) speaks of
 * "implicit keys", "scalars", "map-value-ind tokens" and "node ends"; a volunteer needs to know
 * what on the line is wrong and what to type instead. Each error code (and, where one code covers
 * several mistakes, the reader's text and the line itself) gets plain advice; the reader's own
 * words are never shown.
 */

export interface YamlErrorContext {
  /** The reader's error code, like MISSING_CHAR. */
  code: string;
  /** The reader's message, used only to tell apart mistakes that share a code. */
  message: string;
  /** The line of the file the error is on. */
  line: string;
  /** The nearest line above it that is not blank, or '' at the top. */
  previous: string;
}

/** The plain advice for one reader error. */
export function describeYamlError({ code, message, line, previous }: YamlErrorContext): string {
  const text = message.split('\n')[0]!;
  const value = /^\s*(?:-\s+)?[^\s:#][^:#]*:\s+(.*)$/.exec(line)?.[1] ?? line.trim();
  // Reported as BAD_INDENT, but the mistake is the bracket opened lines above.
  if (/end with an? [\]}]/.test(text)) {
    return `a list or set in brackets is not closed; add the missing ${text.includes('}') ? '}' : ']'}`;
  }
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'this field appears a second time; keep one of the two lines';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; use spaces';
    case 'BAD_INDENT':
      return 'the indentation is off; line the field up with the others using spaces';
    case 'BAD_SCALAR_START':
      return 'a value starts with a character YAML reserves (like @, ` or %); put the value in quotes';
    case 'BAD_DQ_ESCAPE':
      return 'a backslash (\\) inside double quotes starts a special character; write \\\\ for a backslash, or put the value in single quotes';
    case 'MULTIPLE_DOCS':
      // A second `---` in a .yaml file (front matter style).
      return 'a second --- line starts another document; a .yaml listing holds only fields (put the text in a description: field), or rename the file to .md';
    case 'KEY_OVER_1024_CHARS':
      return 'this line is read as one very long field name; it is probably missing the ": " after its field name';
  }
  if (/compact mappings/.test(text)) {
    return 'a value contains ": "; put the whole value in quotes, like name: "Hope: A Recovery Center"';
  }
  // A word on a line of its own (`just some words`): no field name, no colon.
  if (/Implicit map keys need to be followed by map values/.test(text)) {
    return 'this line is not a "field: value" pair; write the field name, a colon and a space, then the value, like website: https://example.org';
  }
  if (/Missing closing ["']quote/.test(text)) {
    const quote = text.includes('"quote') ? '"' : "'";
    return `a value opens with ${quote} but the quote is never closed; add the closing ${quote} at the end of the value`;
  }
  if (/Sequence item without - indicator/.test(text)) {
    return 'this line of a list item does not line up with the line above it; start it exactly under the first letter after "- " on the line above';
  }
  if (code === 'MULTILINE_IMPLICIT_KEY' || /block-seq-ind on same line with key/.test(text)) {
    if (/[|>][-+]?\s*$/.test(previous)) {
      return 'the text after "|" must be indented; put two spaces before each of its lines';
    }
    if (/^\s*-\s/.test(line)) {
      return 'a line starting with "- " is an item of a list, but it is not under a list field; indent it under the field it belongs to, like schedule: then "  - day: friday" on the next line';
    }
    // Usually `website:https://…` (no space after the colon), which YAML joins with the next line.
    return 'this line has no ": " (a colon and a space) after its field name, so YAML runs it into the next line; write it as field: value, like website: https://example.org';
  }
  if (/Unexpected scalar at node end/.test(text)) {
    if (/^'.*'.*'/.test(value)) {
      return `an apostrophe inside single quotes ends the value early; put the value in double quotes instead, like "${value.slice(1, value.lastIndexOf("'"))}"`;
    }
    if (/^".*".+/.test(value)) {
      return `the value ends at its second " and more text follows; put the whole value in single quotes when it holds double quotes (like summary: 'Say "hi" at the door'), or remove the quotes`;
    }
  }
  if (/Unexpected flow-(seq|map)-end/.test(text)) {
    return `a ${text.includes('seq') ? ']' : '}'} closes nothing; remove the extra one`;
  }
  if (code === 'MISSING_CHAR') return 'a quote or bracket is not closed; check the quotes and brackets on this line';
  return 'this line cannot be read as "field: value"; check its colon and quotes, and that it lines up with the fields around it';
}

/**
 * The line where a quoted value opens that is never closed: the reader only notices at the end
 * of the text. Undefined when no line has an unbalanced quote.
 */
export function openingQuoteLine(lines: readonly string[], quote: '"' | "'"): number | undefined {
  const index = lines.findIndex((line) => {
    const value = /^\s*(?:-\s+)?[^\s:#][^:#]*:\s+(.*)$/.exec(line)?.[1] ?? line.trim();
    if (!value.startsWith(quote)) return false;
    const inner = value.slice(1).replace(quote === '"' ? /\\./g : /''/g, '');
    return !inner.includes(quote);
  });
  return index === -1 ? undefined : index;
}
