/**
 * Filling in the dictionaries' templates. Pure and small: the browser scripts use it with the
 * words their page hands them, so no page ships another language's dictionary.
 */
import { formatNumber } from './numbers.ts';

/** A message that changes with a count: Intl.PluralRules picks the form ("1 result", "2 results"). */
export interface Plural {
  one: string;
  other: string;
}

/** "{n} results" with { n: 3 } → "3 results". A placeholder with no value stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

// Each locale's Intl objects are made once: making one costs far more than using it.
const rules = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();

/** The form of `forms` for `n` in `locale`, filled with `n` (formatted for the locale) and `values`. */
export function plural(
  locale: string,
  forms: Plural,
  n: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const form = rule.select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n: formatNumber(n, locale), ...values });
}

/** "a, b and c" / "a, b y c": a list in words, by `Intl.ListFormat`. */
export function listText(
  locale: string,
  words: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${locale}|${type}`;
  let list = lists.get(key);
  if (!list) {
    list = new Intl.ListFormat(locale, { style: 'long', type });
    lists.set(key, list);
  }
  return list.format(words);
}
