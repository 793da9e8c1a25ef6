/**
 * Numbers written as the page's language writes them ("1,234", "2.5"). For the site's own
 * languages this is done from their entry in ./languages.ts, not by Intl: the first
 * Intl.NumberFormat a page makes loads the locale's number data, a long task on a slow phone that
 * every count shown as the page starts would pay. A locale the site has no entry for (a
 * community's own) falls back to Intl, so it is still right, only slower.
 */
import { UI_LANGUAGES, type NumberStyle } from './languages.ts';

/** The number style of `locale`, when the site has a language written in it. */
function styleOf(locale: string): NumberStyle | undefined {
  // Looked up on each call, not kept in a table made as the module loads: code run at load would
  // make the bundler load this module, and whatever it is bundled with, on pages that never use it.
  for (const lang of Object.values(UI_LANGUAGES)) if (lang.locale === locale) return lang.numbers;
  return undefined;
}

// Fallback formats, made once per locale and digit count: making one costs far more than using it.
const fallbacks = new Map<string, Intl.NumberFormat>();

/**
 * `n` written for `locale`: with exactly `digits` decimals when given, else as Intl's default
 * does (up to three decimals, trailing zeros dropped).
 */
export function formatNumber(n: number, locale: string, digits?: number): string {
  const style = styleOf(locale);
  if (!style || !Number.isFinite(n) || Math.abs(n) >= 1e21) return fallback(n, locale, digits);
  const [whole, decimals] = roundDecimal(n, digits ?? 3);
  const negative = n < 0 || Object.is(n, -0);
  const shown = digits === undefined ? decimals.replace(/0+$/, '') : decimals;
  const grouped = whole.length >= 3 + style.minimumGrouping ? whole.replace(/\B(?=(\d{3})+$)/g, style.group) : whole;
  return `${negative ? '-' : ''}${grouped}${shown ? style.decimal + shown : ''}`;
}

/**
 * |n| rounded to `digits` decimals, as whole and decimal digits. Like Intl, it rounds the
 * shortest decimal that reads back as `n` ("1.2345", though the double is a hair less), half away
 * from zero; toFixed would round the double itself and give 1.234.
 */
function roundDecimal(n: number, digits: number): [string, string] {
  const text = String(Math.abs(n));
  // Exponents appear only below 1e-6 here (larger numbers went to Intl), which round to zero.
  if (text.includes('e')) return ['0', '0'.repeat(digits)];
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  let kept = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if ((fraction[digits] ?? '0') >= '5') kept += 1n;
  const all = kept.toString().padStart(digits + 1, '0');
  return [all.slice(0, all.length - digits), all.slice(all.length - digits)];
}

function fallback(n: number, locale: string, digits: number | undefined): string {
  const key = `${locale}|${digits ?? ''}`;
  let format = fallbacks.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    fallbacks.set(key, format);
  }
  return format.format(n);
}
