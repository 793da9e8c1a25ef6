/** Spreadsheet formulas in CSV cells: what the export writes and what the importers keep. */
import { describe, expect, it } from 'vitest';
import { inertCell, startsLikeFormula, withoutFormulaStart } from '#lib/csv/formula.ts';

describe('spreadsheet formulas', () => {
  it("knows OWASP's starting characters, and nothing else", () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(startsLikeFormula(text)).toBe(true);
    for (const text of ['', 'Food bank', ' =1', '1-2', "'=1", '(517) 555-0100']) {
      expect(startsLikeFormula(text)).toBe(false);
    }
  });
  it('makes an export cell inert with one apostrophe, and leaves other text as it is', () => {
    expect(inertCell('=HYPERLINK("https://evil.example","x")')).toBe('\'=HYPERLINK("https://evil.example","x")');
    expect(inertCell('+15175550100')).toBe("'+15175550100");
    expect(inertCell('Food, "fresh"')).toBe('Food, "fresh"');
  });
  it('takes the formula characters out of imported text, keeping the words', () => {
    expect(withoutFormulaStart('=HYPERLINK("https://evil.example","x")')).toBe('HYPERLINK("https://evil.example","x")');
    expect(withoutFormulaStart('= =+-@ Open meeting')).toBe('Open meeting');
    expect(withoutFormulaStart('\t@home')).toBe('home');
    expect(withoutFormulaStart('Open meeting')).toBeUndefined();
  });
});
