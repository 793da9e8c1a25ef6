/**
 * A small RFC 4180 writer for files made in the browser (the gaps table): rows of text and
 * numbers, CRLF line ends, quotes where a cell needs them, and every text cell made inert for
 * spreadsheets (formula.ts). It starts with a byte order mark, so spreadsheet programs read the
 * accents of "Código postal" as UTF-8. Not csv-stringify, which the build's exports use: its sync
 * writer needs Node's Buffer, which a browser lacks.
 */
import { inertCell } from './formula.ts';

export type CsvCell = string | number;

function cell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = inertCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
