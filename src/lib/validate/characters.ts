/**
 * Characters no one can see or that break the data: checked on every text value of a listing or
 * of site.yaml, whatever its field, so a field added later (translations, issue 11) is covered
 * without a schema change. A control character makes feed.xml invalid XML; a right-to-left
 * override or a zero-width space lets a name look exactly like another listing's.
 *
 * Two strengths of rule. Every value refuses control characters, the bidi embeddings, overrides
 * and isolates ("Trojan source"), a byte-order mark inside the text, noncharacters and broken
 * surrogate halves. Names and other short fields also refuse every other invisible character
 * (zero-width space, soft hyphen, direction marks, Hangul fillers, …), except where a script or
 * an emoji needs one: a zero-width joiner or non-joiner between two letters of a script that
 * uses them (Persian, Hindi, Malayalam, …), a joiner inside an emoji sequence, a variation
 * selector after a character, and the tags of a flag like Scotland's. The description is
 * running text in any language, so it keeps those (and line breaks and tabs).
 */
import type { Problem } from './problem.ts';
import { DESCRIPTION_FIELD, formatPath } from './field-names.ts';
import type { ParsedSource, PathSegment } from './source.ts';

/** Where a text value sits: its field path and the line in the file where its text starts. */
export interface TextValue {
  path: PathSegment[];
  /** The field as problems name it: `schedule.note (1st meeting time)`, or `description`. */
  field: string;
  text: string;
  /** Line of the value's first line of text; worked out only when asked (it can mean a full YAML read). */
  line: () => number;
  /** Multi-line running text (the description), where line breaks and tabs belong. */
  freeText: boolean;
}

/** Fields whose text is Markdown running text: the description (and a .md file's body). */
const FREE_TEXT_FIELDS = new Set(['description', 'body']);

/**
 * Every text value of the parsed data, with its line; a .md file's body last. Lines of a value
 * that spans several lines count from the line after its key (`description: |`).
 */
export function textValues(source: Pick<ParsedSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>): TextValue[] {
  const values: TextValue[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      const key = path.findLast((segment) => typeof segment === 'string');
      const line = () => (source.lineOf(path) ?? 1) + (value.includes('\n') ? 1 : 0);
      values.push({ path, field: formatPath(path), text: value, line, freeText: FREE_TEXT_FIELDS.has(key ?? '') });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(source.data, []);
  if (source.body.trim() !== '') {
    values.push({ path: [], field: DESCRIPTION_FIELD, text: source.body, line: () => source.bodyLine, freeText: true });
  }
  return values;
}

/** What a volunteer is told a character is, for the ones they are likely to meet. */
const NAMES: Record<number, string> = {
  0x00: 'a NUL control character',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x7f: 'a delete control character',
  0xad: 'an invisible soft hyphen',
  0x061c: 'an invisible Arabic letter mark',
  0x115f: 'an invisible Hangul filler',
  0x1160: 'an invisible Hangul filler',
  0x3164: 'an invisible Hangul filler',
  0xffa0: 'an invisible Hangul filler',
  0x200b: 'an invisible zero-width space',
  0x200c: 'an invisible zero-width non-joiner',
  0x200d: 'an invisible zero-width joiner',
  0x200e: 'an invisible left-to-right mark',
  0x200f: 'an invisible right-to-left mark',
  0x202a: 'an invisible left-to-right embedding',
  0x202b: 'an invisible right-to-left embedding',
  0x202c: 'an invisible pop-directional-formatting character',
  0x202d: 'an invisible left-to-right override',
  0x202e: 'an invisible right-to-left override',
  0x2060: 'an invisible word joiner',
  0x2066: 'an invisible left-to-right isolate',
  0x2067: 'an invisible right-to-left isolate',
  0x2068: 'an invisible first-strong isolate',
  0x2069: 'an invisible pop-directional-isolate character',
  0xfeff: 'an invisible zero-width no-break space (byte-order mark)',
};

/**
 * Refused in every value: C0 controls (line breaks and tabs are let through here and judged by
 * the field), DEL and C1 controls, bidi embeddings, overrides and isolates, a byte-order mark,
 * interlinear annotation marks, noncharacters (U+FFFE, U+FFFF, …) and surrogate halves.
 */
const ALWAYS_BAD =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this is for.
  /[\0-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]|\p{Noncharacter_Code_Point}/u;

/** Invisible in names and short fields: every default-ignorable character, and Hangul fillers. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}|[\u115f\u1160\u3164\uffa0]/u;

/** Scripts whose words never need a joiner: an invisible one there only hides a look-alike. */
const NO_JOINER_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * Whether the invisible character at `index` of `chars` belongs where it is (see the top).
 * `inFlag` says the characters before it are a black flag and tags, which a tag may continue.
 */
function allowedInvisible(chars: readonly string[], index: number, inFlag: boolean): boolean {
  const char = chars[index]!;
  const code = char.codePointAt(0)!;
  const before = chars[index - 1] ?? '';
  const after = chars[index + 1] ?? '';
  // Variation selectors choose a glyph for the character before them (U+FE0F: as emoji).
  if ((code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xe0100 && code <= 0xe01ef)) return before !== '';
  if (code === 0x200c || code === 0x200d) {
    const emoji =
      code === 0x200d &&
      PICTOGRAPH.test(after) &&
      (PICTOGRAPH.test(before) || before === '\ufe0f' || /\p{Emoji_Modifier}/u.test(before));
    const word =
      LETTER.test(before) && LETTER.test(after) && !NO_JOINER_SCRIPT.test(before) && !NO_JOINER_SCRIPT.test(after);
    return emoji || word;
  }
  // Tag characters spell a subdivision flag after a black flag (🏴 + "gbsct" + cancel tag).
  if (code >= 0xe0020 && code <= 0xe007f) return inFlag;
  return false;
}

/** The first character of `text` a field of this kind must not hold, and how many there are. */
function findBadCharacters(
  text: string,
  freeText: boolean,
): { index: number; char: string; count: number } | undefined {
  // Most text is plain; the per-character walk below runs only on text holding a suspect.
  if (!ALWAYS_BAD.test(text) && !INVISIBLE.test(text) && (freeText || !/[\n\t]/.test(text))) return undefined;
  const chars = Array.from(text);
  // A line break or tab the schema trims away (a block scalar's last line end) harms nothing.
  const start = chars.findIndex((char) => !/\s/.test(char));
  const end = chars.findLastIndex((char) => !/\s/.test(char));
  let first: { index: number; char: string } | undefined;
  let count = 0;
  let inFlag = false;
  chars.forEach((char, index) => {
    const spacing = (char === '\n' || char === '\t') && index > start && index < end;
    const invisible = INVISIBLE.test(char) && !allowedInvisible(chars, index, inFlag);
    inFlag = char === '\u{1f3f4}' || (inFlag && /[\u{e0020}-\u{e007e}]/u.test(char));
    const bad = ALWAYS_BAD.test(char) || (!freeText && (spacing || invisible));
    if (!bad) return;
    count += 1;
    first ??= { index, char };
  });
  return first && { ...first, count };
}

/** "U+202E". */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  if (NAMES[code]) return NAMES[code];
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a broken character';
  if (/\p{Noncharacter_Code_Point}/u.test(char)) return 'a noncharacter';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'an invisible control character';
  return 'an invisible formatting character';
}

/** "the name", "the status note", "the description" (a .md body is the description). */
export function fieldWords(value: TextValue): string {
  const key = value.path.findLast((segment) => typeof segment === 'string') ?? 'description';
  return `the ${key === 'body' ? 'description' : key.replace(/_/g, ' ')}`;
}

/** The problem for one text value, or undefined when every character of it may stay. */
function checkValue(file: string, value: TextValue): Problem | undefined {
  const found = findBadCharacters(value.text, value.freeText);
  if (!found) return undefined;
  // Lines of a multi-line value map onto lines of the file; the position counts within its line.
  const before = Array.from(value.text).slice(0, found.index).join('');
  const lineIndex = before.split('\n').length - 1;
  const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
  const others = found.count > 1 ? ` (and ${found.count - 1} more like it)` : '';
  const words = fieldWords(value);
  const fix =
    found.char === '\n'
      ? `write ${words} on one line`
      : found.char === '\t'
        ? 'use a space instead'
        : `retype ${words} without it`;
  return {
    file,
    line: value.line() + lineIndex,
    field: value.field,
    message: `holds ${describe(found.char)} (${codePoint(found.char)}) at character ${column}${others}; ${fix}`,
    severity: 'error',
  };
}

/** One problem per text value that holds a character it must not (see the top of this file). */
export function checkCharacters(
  file: string,
  source: Pick<ParsedSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>,
): Problem[] {
  return textValues(source).flatMap((value) => checkValue(file, value) ?? []);
}
