import { describe, expect, it } from 'vitest';
import { csvText } from '#lib/csv/write.ts';

describe('csvText', () => {
  it('writes RFC 4180 rows with a byte order mark, quoting only what needs it', () => {
    expect(
      csvText([
        ['Place', 'Count'],
        ['Lansing, MI', 3],
        ['Say "hi"', 0],
      ]),
    ).toBe('\uFEFFPlace,Count\r\n"Lansing, MI",3\r\n"Say ""hi""",0\r\n');
  });
  it('makes text a spreadsheet would run inert, and leaves numbers as numbers', () => {
    expect(csvText([['=HYPERLINK("x")', -84.5, '@SUM(1)', '-2']])).toBe(
      `\uFEFF"'=HYPERLINK(""x"")",-84.5,'@SUM(1),'-2\r\n`,
    );
  });
});
