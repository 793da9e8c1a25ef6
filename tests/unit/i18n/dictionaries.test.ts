import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '#i18n/index.ts';
import { UI_LANGUAGE_CODES } from '#i18n/languages.ts';

/** Every leaf of a dictionary as [dotted key, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Words a language may leave empty on purpose (Spanish reads noon and midnight from the clock).
const MAY_BE_EMPTY = new Set(['time.noon', 'time.midnight']);

const reference = new Map(leaves(DICTIONARIES.en));

describe.each(UI_LANGUAGE_CODES.filter((lang) => lang !== 'en'))('the %s dictionary', (lang) => {
  const own = new Map(leaves(DICTIONARIES[lang]));

  it('has every key the English one has, and no other', () => {
    expect([...own.keys()].filter((key) => !reference.has(key))).toEqual([]);
    expect([...reference.keys()].filter((key) => !own.has(key))).toEqual([]);
  });

  it('fills every key with words', () => {
    const empty = [...own].filter(
      ([key, value]) => !MAY_BE_EMPTY.has(key) && (typeof value !== 'string' || !value.trim()),
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders of every message', () => {
    const different = [...reference]
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(own.get(key))))
      .map(([key]) => key);
    expect(different).toEqual([]);
  });
});

describe('the Spanish dictionary', () => {
  // Person-first language (CONTRIBUTING.md): these words label people by a condition or judge them.
  const stigma = /\b(adict[oa]s?|drogadict[oa]s?|limpi[oa]s?|suci[oa]s?|alcohólic[oa]s? anónim)/i;
  it('uses no stigmatizing words', () => {
    const found = leaves(DICTIONARIES.es).filter(
      ([, value]) =>
        typeof value === 'string' && stigma.test(value.replace(/Alcohólicos Anónimos|Narcóticos Anónimos/g, '')),
    );
    expect(found).toEqual([]);
  });
});
