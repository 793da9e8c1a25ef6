/**
 * A long date ("December 4, 2026", "4 de diciembre de 2026") written in the browser without Intl.
 *
 * The first date Intl formats on a page loads the language's locale data: on a slow phone that is
 * a long task at load, which every page paid only to fill in the "Printed on" line of a printout.
 * So the build asks Intl once per language for the month names, the order of the parts and the
 * digits, and the page's script writes the date from them.
 */

/** How one language writes a long date. */
export interface LongDateWords {
  /** January to December, as they read inside a date (some languages change the form there). */
  months: readonly string[];
  /** The date with `{day}`, `{month}` and `{year}` in the language's order and words around them. */
  pattern: string;
  /** The language's digits 0 to 9 (each one code point in every numbering system Intl uses). */
  digits: string;
}

const ASCII_DIGITS = '0123456789';

const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };

const byLocale = new Map<string, LongDateWords>();

/** Asks Intl (at build time, once per locale) how `locale` writes a long date. */
export function longDateWords(locale: string): LongDateWords {
  let words = byLocale.get(locale);
  if (!words) {
    words = askIntl(locale);
    byLocale.set(locale, words);
  }
  return words;
}

function askIntl(locale: string): LongDateWords {
  const format = new Intl.DateTimeFormat(locale, OPTIONS);
  const months = Array.from({ length: 12 }, (_, month) => {
    const part = format.formatToParts(Date.UTC(2026, month, 4)).find((p) => p.type === 'month');
    return part?.value ?? '';
  });
  const pattern = format
    .formatToParts(Date.UTC(2026, 11, 4))
    .map((part) =>
      part.type === 'day' || part.type === 'month' || part.type === 'year' ? `{${part.type}}` : part.value,
    )
    .join('');
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, d) => number.format(d)).join('');
  return { months, pattern, digits };
}

/** `date` (on the device's own calendar) in the words `longDateWords` gave. */
export function writeLongDate(date: Date, words: LongDateWords): string {
  const digits = Array.from(words.digits);
  const number = (n: number) => String(n).replace(/\d/g, (d) => digits[Number(d)] ?? d);
  const parts: Record<string, string> = {
    day: number(date.getDate()),
    month: words.months[date.getMonth()] ?? '',
    year: number(date.getFullYear()),
  };
  return words.pattern.replace(/\{(day|month|year)\}/g, (_, key: string) => parts[key] ?? '');
}

/**
 * The words as one short attribute value, since every page carries them: the pattern, the twelve
 * months, then the digits where they are not 0–9, separated by "|" (which no language's date uses).
 */
export function encodeLongDateWords(words: LongDateWords): string {
  const parts = [words.pattern, ...words.months];
  if (words.digits !== ASCII_DIGITS) parts.push(words.digits);
  return parts.join('|');
}

/** The words back from `encodeLongDateWords`, or undefined when the text is not such a value. */
export function decodeLongDateWords(text: string): LongDateWords | undefined {
  const [pattern = '', ...rest] = text.split('|');
  if (!pattern.includes('{') || rest.length < 12) return undefined;
  return { pattern, months: rest.slice(0, 12), digits: rest[12] ?? ASCII_DIGITS };
}
