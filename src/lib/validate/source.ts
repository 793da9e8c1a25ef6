/**
 * Reading a listing or site file the way a volunteer wrote it: front matter split from the
 * body, YAML parsed with positions so every problem can name its line.
 *
 * The `yaml` package reads YAML 1.2 (an unquoted 19:00 stays the text "19:00"), as js-yaml 4
 * does; gray-matter would bring js-yaml 3 (YAML 1.1, which turns 19:00 into 1140) and gives no
 * line numbers. Astro's own loaders read Markdown front matter (through @astrojs/internal-helpers'
 * parseFrontmatter) and .yaml files with js-yaml 4's `load` and its default schema, which reads
 * 19:00 the same way but also turns an unquoted 2026-11-24 into a Date. Listings do not go
 * through those loaders: src/lib/content/loader.ts stores what this module read.
 *
 * `yaml` keeps every position, which makes it much slower than js-yaml, and a build reads every
 * listing. So plain files (no comment after a value, no anchors, tags or odd numbers; see
 * FULL_READER_NEEDED) are read with js-yaml, whose YAML 1.2 core schema gives the same values
 * for them, and a line is found from the text for a top-level field. Everything else, and any
 * line the text cannot answer, goes to `yaml`, so messages are the same either way
 * (tests/unit/validate/fast-path.test.ts holds the two readers to the same results).
 */
import jsyaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { formatPath } from './field-names.ts';
import { describeYamlError, openingQuoteLine } from './yaml-errors.ts';
import type { Problem } from './problem.ts';

export type PathSegment = string | number;

export interface ParsedSource {
  /** The parsed fields, or undefined when the YAML could not be read. */
  data: unknown;
  /** Markdown body of a `.md` file (empty for YAML files). */
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
  /** Finds the line of a field path, for messages. */
  lineOf: (path: readonly PathSegment[], what?: 'key' | 'value') => number | undefined;
  problems: Problem[];
}

/** Removes a byte-order mark and turns CRLF and CR line ends into LF; line numbers stay. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

interface Split {
  yaml: string;
  /** Line in the file of the first YAML line. */
  yamlLine: number;
  body: string;
  bodyLine: number;
}

/** Splits `---` front matter from a Markdown file; undefined when there is none or it is not closed. */
export function splitFrontMatter(text: string): Split | { error: string; line: number } {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (lines[first]?.trimEnd() !== '---') {
    return {
      error:
        'is missing; a listing file starts with a line of three dashes (---), then its fields (name: …), then another --- line, then the description',
      // An empty or blank file has no line after its last one; point at its last line.
      line: Math.min(first + 1, lines.length),
    };
  }
  // Only `---` closes: Astro's loader does not accept YAML's `...` end marker, so a file closed
  // with `...` would pass here and then lose its fields in the build.
  const close = lines.findIndex((line, i) => i > first && /^---\s*$/.test(line));
  if (close === -1) {
    return { error: 'is not closed; add a line with three dashes (---) after the last field', line: first + 1 };
  }
  return {
    yaml: lines.slice(first + 1, close).join('\n'),
    yamlLine: first + 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/**
 * YAML the two readers might read differently, or that needs positions to check: tabs, a comment
 * after a value (the trailing-comment check) or a # right after a closing bracket or quote, document markers, anchors, aliases, tags,
 * directives, reserved characters, complex and merge keys and null keys at the start of a key or
 * value, a line starting with a bracket (a list or map as a key), an empty list item, and numbers in binary, octal or hex, a minus zero, or with a sign before a leading dot (which js-yaml
 * reads as numbers and `yaml` as text, or the other way round). A false alarm only costs time.
 * No two spaces-and-tabs runs may meet (as `:[ \t]+` then `[ \t]*` once did): each split of a
 * long run of spaces would be tried, which took seconds on one long line.
 */
const FULL_READER_NEEDED =
  /\t|\S[ \t]+#|[\]}"']#|^(?:---|\.\.\.)|(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)(?:[&*!%@`?]|<<|(?:(?:null|Null|NULL|~)[ \t]*)?:(?:[ \t,\]}]|$))|^[ \t]*[[{]|^[ \t]*-(?:[ \t]+-)*[ \t]*$|(?<![\w.+-])(?:[-+]?0[bBoOxX]|-0)|(?<![\w.])[-+]\./m;

/** Top-level keys that the text alone locates: a plain name at the start of a line. */
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;

/**
 * The line of a top-level field from the text, when its key starts a line and its value (for
 * 'value') starts on the same line; undefined when only the full reader can tell.
 */
function topLevelLine(lines: readonly string[], key: string, what: 'key' | 'value'): number | undefined {
  if (!PLAIN_KEY.test(key)) return undefined;
  const index = lines.findIndex((line) => line.startsWith(key) && /^[ \t]*:(?:[ \t]|$)/.test(line.slice(key.length)));
  if (index === -1) return undefined;
  if (what === 'key') return index;
  const rest = lines[index]!.slice(lines[index]!.indexOf(':') + 1).trim();
  // Nothing after the colon (the value is below) or a block scalar: ask the full reader.
  return rest === '' || /^[|>]/.test(rest) ? undefined : index;
}

/**
 * A quoted value that goes on to the next line: js-yaml folds some that `yaml` rejects. Any line
 * with an odd number of double quotes (escapes aside) counts, and one whose value starts with a
 * single quote that is not closed on the line.
 */
function hasMultilineQuote(yamlText: string): boolean {
  for (const line of yamlText.split('\n')) {
    if (line.replace(/\\./g, '').split('"').length % 2 === 0) return true;
    if (/(?:^|[:,[{-])[ \t]*'/.test(line) && line.replace(/''/g, '').split("'").length % 2 === 0) return true;
  }
  return false;
}

/** js-yaml's reading of plain YAML (see FULL_READER_NEEDED), or undefined to use the full reader. */
function readPlainYaml(yamlText: string): { data: unknown } | undefined {
  if (FULL_READER_NEEDED.test(yamlText) || hasMultilineQuote(yamlText)) return undefined;
  try {
    return { data: jsyaml.load(yamlText, { schema: jsyaml.CORE_SCHEMA }) };
  } catch {
    // The full reader says what is wrong, and where.
    return undefined;
  }
}

/** A value starting with *, & or !: YAML reads it as a reference, an anchor or a type tag. */
const RESERVED_VALUE_START = /(?::|^\s*-)\s+[*&!]/;
const RESERVED_VALUE_ADVICE =
  'a value starts with *, & or !, which YAML reads as a reference or a type, not as text; put the value in quotes, like summary: "*New* hours"';

/** Parses YAML text that starts at `firstLine` of `file`; reports tabs and syntax errors by line. */
export function parseYamlSource(
  file: string,
  yamlText: string,
  firstLine: number,
  { fullReader = false }: { fullReader?: boolean } = {},
): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const plain = fullReader ? undefined : readPlainYaml(yamlText);
  if (plain) {
    const data = plain.data ?? {};
    if (typeof data === 'object' && !Array.isArray(data)) {
      const lines = yamlText.split('\n');
      let full: ReturnType<typeof parseYamlSource> | undefined;
      const lineOf: ParsedSource['lineOf'] = (path, what = 'value') => {
        const top = path.length === 1 && typeof path[0] === 'string' ? topLevelLine(lines, path[0], what) : undefined;
        if (top !== undefined) return top + firstLine;
        full ??= parseYamlSource(file, yamlText, firstLine, { fullReader: true });
        return full.lineOf(path, what);
      };
      return { data, lineOf, problems: [] };
    }
  }
  const problems: Problem[] = [];
  const sourceLines = yamlText.split('\n');
  sourceLines.forEach((line, i) => {
    if (line.includes('\t')) {
      problems.push({
        file,
        line: firstLine + i,
        field: 'yaml',
        message: 'contains a tab character; YAML needs spaces, so replace the tab with spaces',
        severity: 'error',
      });
    }
  });
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // A tab throws the parser off for the rest of the file; the tab lines alone say what to fix.
  if (problems.length > 0) return { data: undefined, lineOf: () => undefined, problems };
  if (doc.errors.length > 0) {
    // A line indented further than the field above it makes the parser report two errors at the
    // field above ("compact mappings", "implicit keys"), whose advice would be about quotes. Report
    // one problem at the over-indented line instead, saying to fix the indentation.
    const compact = new Set(doc.errors.filter((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY').map((e) => e.pos[0]));
    const multiline = doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && compact.has(e.pos[0]));
    for (const error of multiline) {
      problems.push({
        file,
        line: lineAt(error.pos[1]),
        field: 'yaml',
        message:
          'this line is indented further than the field above it (or the field above has an unquoted value with ": "); line the fields up using spaces, or put the value above in quotes',
        severity: 'error',
      });
    }
    const merged = new Set(multiline.map((e) => e.pos[0]));
    // One mistake throws the reader off for the lines after it, and those later errors are
    // about lines that are fine; only the first is reported, so the one line says what to fix.
    // The reader notices an unclosed bracket or quote lines later, so the error whose mistake is
    // earliest in the text is the one to fix.
    const first = doc.errors
      .filter((error) => !(merged.has(error.pos[0]) && /^(MULTILINE|BLOCK_AS)_IMPLICIT_KEY$/.test(error.code)))
      .map((error) => ({ error, offset: errorOffset(error, yamlText) }))
      .sort((a, b) => a.offset - b.offset)[0];
    const indented = firstLineIndented(sourceLines);
    if (problems.length === 0 && indented !== undefined) {
      // `  name: …` on the first line sets the indentation every other field then breaks.
      problems.push({
        file,
        line: firstLine + indented,
        field: 'yaml',
        message: 'the first field starts with spaces; start every top-level field at the beginning of the line',
        severity: 'error',
      });
    } else if (problems.length === 0 && first) {
      const { error, offset } = first;
      const lineIndex = lineAt(offset) - firstLine;
      const lineText = sourceLines[lineIndex] ?? '';
      const previous = sourceLines.slice(0, lineIndex).findLast((line) => line.trim() !== '') ?? '';
      problems.push({
        file,
        line: lineAt(offset),
        field: 'yaml',
        message: RESERVED_VALUE_START.test(lineText)
          ? RESERVED_VALUE_ADVICE
          : describeYamlError({ code: error.code, message: error.message, line: lineText, previous }),
        severity: 'error',
      });
    }
    return { data: undefined, lineOf: () => undefined, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The first reference: the one with no `&name` before it, or where the expanding starts.
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    // References that expand into too many copies: a few lines can stand for millions of values
    // (an "alias bomb"), so the YAML reader stops at 100. Its own words call it an attack.
    if (/alias count/i.test((error as Error).message)) {
      problems.push({
        file,
        line: lineAt(offset),
        field: 'yaml',
        message:
          'uses references (*name, which repeats the value marked &name) that add up to more than 100 copies, so it is not read; write the values out in full instead of using & and *',
        severity: 'error',
      });
      return { data: undefined, lineOf: () => undefined, problems };
    }
    // `*name` with no `&name` before it: YAML reads a value starting with * as a reference.
    problems.push({
      file,
      line: lineAt(offset),
      field: 'yaml',
      message:
        'a value starts with *, which YAML reads as a reference to something else; put the value in quotes, like "*New* hours"',
      severity: 'error',
    });
    return { data: undefined, lineOf: () => undefined, problems };
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    problems.push({
      file,
      line: firstLine,
      field: 'yaml',
      message: 'must be a set of fields, one per line, like "name: Example Center"',
      severity: 'error',
    });
    return { data: undefined, lineOf: () => undefined, problems };
  }
  problems.push(...trailingComments(file, doc, yamlText, lineAt));
  return { data: data ?? {}, lineOf: (path, what = 'value') => findLine(doc, path, what, lineAt), problems };
}

/**
 * `name: Club #5` is read as "Club": in YAML, " #" starts a comment, so the rest of the line is
 * silently dropped. Every unquoted text value followed by a comment on its line is reported, so
 * a value never loses its end without anyone noticing (a note can go on a line of its own).
 */
function trailingComments(
  file: string,
  doc: Document,
  yamlText: string,
  lineAt: (offset: number) => number,
): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const rest = yamlText.slice(node.range[1]).split('\n', 1)[0]!;
      const comment = /^\s+#(.*)$/.exec(rest);
      if (!comment) return;
      const path: PathSegment[] = [];
      const chain = [...ancestors, node];
      chain.forEach((ancestor, i) => {
        if (isPair(ancestor) && isScalar(ancestor.key)) path.push(String(ancestor.key.value));
        else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(chain[i + 1] as never));
      });
      const field = formatPath(path);
      problems.push({
        file,
        line: lineAt(node.range[0]),
        field: field || 'yaml',
        message: `is read as "${node.value}" because " #${comment[1]!.trimEnd()}" starts a comment; if it is part of the value, put the whole value in quotes (like "${node.value} #${comment[1]!.trim()}"), or move the note to its own line`,
        severity: 'error',
      });
    },
  });
  return problems;
}

/**
 * Where the mistake behind an error is: the reader notices an unclosed [ or { or quote only at
 * a later line, so those point back at where it opens.
 */
function errorOffset(error: { message: string; pos: [number, number] }, text: string): number {
  if (/end with an? [\]}]/.test(error.message)) return openingBracket(text, error.pos[0]) ?? error.pos[0];
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1] as '"' | "'" | undefined;
  if (quote) {
    const line = openingQuoteLine(text.split('\n'), quote);
    if (line !== undefined) return text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  }
  return error.pos[0];
}

/** The index of the first field line when it is indented (comments and blank lines aside). */
function firstLineIndented(lines: readonly string[]): number | undefined {
  const index = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  return index !== -1 && /^[ ]+\S/.test(lines[index]!) && !/^\s*-\s/.test(lines[index]!) ? index : undefined;
}

/** Offset of the last [ or { before `end` that is not closed before it (quotes are skipped). */
function openingBracket(text: string, end: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote || c === '\n') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!)))
      i = text.indexOf('\n', i) === -1 ? end : text.indexOf('\n', i);
    else if (c === '[' || c === '{') open.push(i);
    else if (c === ']' || c === '}') open.pop();
  }
  return open.at(-1);
}

/** The line of the deepest node along `path` that exists (a missing field points at its parent). */
function findLine(
  doc: Document,
  path: readonly PathSegment[],
  what: 'key' | 'value',
  lineAt: (offset: number) => number,
): number | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let line = node?.range ? lineAt(node.range[0]) : undefined;
  for (const [depth, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) return line;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      const isLast = depth === path.length - 1;
      const target = isLast && what === 'key' ? key : (value ?? key);
      if (target?.range) line = lineAt(target.range[0]);
      else if (key?.range) line = lineAt(key.range[0]);
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return line;
      if (item.range) line = lineAt(item.range[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

/**
 * Reads a listing file: `.md` (front matter + Markdown body) or `.yaml`/`.yml` (fields only).
 * `fullReader` skips the js-yaml fast path (tests compare the two).
 */
export function readListingSource(file: string, rawText: string, options: { fullReader?: boolean } = {}): ParsedSource {
  const text = normalizeNewlines(rawText);
  if (/\.ya?ml$/i.test(file)) {
    const parsed = parseYamlSource(file, text, 1, options);
    return { ...parsed, body: '', bodyLine: 1 };
  }
  const split = splitFrontMatter(text);
  if ('error' in split) {
    return {
      data: undefined,
      body: '',
      bodyLine: 1,
      lineOf: () => undefined,
      problems: [{ file, line: split.line, field: 'front matter', message: split.error, severity: 'error' }],
    };
  }
  const parsed = parseYamlSource(file, split.yaml, split.yamlLine, options);
  return { ...parsed, body: split.body, bodyLine: split.bodyLine };
}
