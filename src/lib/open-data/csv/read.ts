/**
 * Reading the input of `npm run import:csv`: a CSV file (first row = column names) or a JSON
 * lines file (one object a line), as rows numbered the way a spreadsheet or an editor shows
 * them. A malformed row becomes a row with an error, never an exception, so it is reported and
 * the import goes on.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { longestField, RECORD_MAX_CHARS, tooLong, type Skip } from '../import-report.ts';

/** One row of the input, before mapping. */
export interface InputRow {
  /** Row as a spreadsheet shows it (header is row 1), or line of a JSON lines file. */
  at: number;
  /** Column name → value (CSV) or the parsed object (JSON lines). */
  record?: Record<string, unknown>;
  /** Why the row could not be read. */
  error?: string;
  /** Why the row is skipped without being read further (it is too long). */
  skip?: Skip;
}

export interface ReadInput {
  rows: InputRow[];
  /** CSV header, for checking the mapping's column names. */
  header?: string[];
}

/** A CSV file's rows; malformed rows become rows with an error, never an exception. */
export function readCsv(text: string): ReadInput {
  const skipped: InputRow[] = [];
  const records = parseCsv(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      skipped.push({ at: (error?.lines ?? 0) as number, error: `could not be read (${error?.message ?? 'error'})` });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number; index: number; records: number } }[];
  if (records.length === 0) return { rows: skipped, header: [] };
  const header = records[0]!.record.map((name) => name.trim());
  const rows: InputRow[] = records.slice(1).map(({ record }, i) => {
    const skip = rowTooLong(record, header);
    if (skip) return { at: i + 2, skip };
    // No prototype: a column named "constructor", "toString" or "__proto__" is a column like any other.
    const object = Object.create(null) as Record<string, unknown>;
    header.forEach((name, column) => {
      if (name !== '' && !Object.hasOwn(object, name)) object[name] = record[column] ?? '';
    });
    return { at: i + 2, record: object };
  });
  return { rows: [...rows, ...skipped].sort((a, b) => a.at - b.at), header };
}

/** The skip for a row longer than RECORD_MAX_CHARS, naming its longest cell; undefined for others. */
function rowTooLong(record: readonly string[], header: readonly string[]): Skip | undefined {
  const size = record.reduce((sum, cell) => sum + cell.length, Math.max(0, record.length - 1));
  if (size <= RECORD_MAX_CHARS) return undefined;
  const longest = record.reduce((best, cell, i) => (cell.length > record[best]!.length ? i : best), 0);
  return tooLong('row', size, { name: header[longest] || `column ${longest + 1}`, size: record[longest]!.length });
}

/** A JSON lines file's rows: one object per line; a bad line is a row with an error. */
export function readJsonLines(text: string): ReadInput {
  const rows: InputRow[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        rows.push({ at: i + 1, error: `is not valid JSON (${(error as Error).message})` });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        rows.push({ at: i + 1, error: 'is not a JSON object' });
        return;
      }
      const record = value as Record<string, unknown>;
      // Parsing is linear, so the line is read first to name its longest field.
      if (line.length > RECORD_MAX_CHARS)
        rows.push({ at: i + 1, skip: tooLong('line', line.length, longestField(record)) });
      else rows.push({ at: i + 1, record });
    });
  return { rows };
}

/**
 * `a.b[0]` → the value at that path of a JSON record; a CSV column name is looked up as is. Only
 * a record's own values count: "constructor" is a column's name, never Object's constructor.
 */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  let current: unknown = record;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, index ?? key!)) return undefined;
    current = (current as Record<string, unknown>)[index ?? key!];
  }
  return current;
}
