/**
 * Spreadsheet formulas in CSV cells ("CSV injection", OWASP): Excel, LibreOffice and Google Sheets
 * may run a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
 * (`=HYPERLINK(…)` sends whoever clicks it elsewhere). Listing text comes from volunteers and
 * feeds, so the CSV export makes such cells inert and the importers take the characters out
 * before a listing file keeps them.
 */

/** A cell a spreadsheet may read as a formula (OWASP's list of starting characters). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Formula characters, and the blanks between them, at the start of a text. */
const FORMULA_PREFIX = /^[=+\-@\s]+/;

/** True when a spreadsheet may read the text as a formula. */
export const startsLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/**
 * The text as a cell no spreadsheet runs: OWASP's leading apostrophe, which spreadsheets read as
 * "this is text" (and show only in the cell's edit line). For text columns only: a number such as
 * a negative longitude must stay a number.
 */
export const inertCell = (text: string): string => (startsLikeFormula(text) ? `'${text}` : text);

/**
 * For the importers: the text without the formula characters it starts with, or undefined when
 * it does not start with one. The listing keeps the words; nothing a spreadsheet could run.
 */
export function withoutFormulaStart(text: string): string | undefined {
  if (!startsLikeFormula(text.trimStart()) && !startsLikeFormula(text)) return undefined;
  return text.replace(FORMULA_PREFIX, '');
}
