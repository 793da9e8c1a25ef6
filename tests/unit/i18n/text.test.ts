import { describe, expect, it } from 'vitest';
import { fill, listText, plural } from '#i18n/text.ts';
import { listingText } from '#i18n/listing-text.ts';
import { siteText } from '#i18n/site-text.ts';
import { fixtureSite } from '../../helpers/temp-project.ts';

describe('filling in messages', () => {
  it('puts values in their placeholders and leaves unknown ones as written', () => {
    expect(fill('Call {phone}', { phone: '988' })).toBe('Call 988');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    // A value is text: a placeholder inside it is not filled again.
    expect(fill('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
  });

  it('picks the plural form by the language’s rules and writes the number in its locale', () => {
    const forms = { one: '{n} resultado', other: '{n} resultados' };
    expect(plural('es-US', forms, 1)).toBe('1 resultado');
    expect(plural('es-US', forms, 0)).toBe('0 resultados');
    expect(plural('en-US', { one: '{n} result', other: '{n} results' }, 12000)).toBe('12,000 results');
  });

  it('joins words as each language does', () => {
    expect(listText('en-US', ['a', 'b'])).toBe('a and b');
    expect(listText('es-US', ['a', 'b', 'c'])).toBe('a, b y c');
    expect(listText('es-US', ['a', 'b'], 'disjunction')).toBe('a o b');
  });
});

describe('a listing’s own words on a page', () => {
  const data = {
    name: 'Tuesday Circle',
    summary: 'A peer circle.',
    translations: { es: { name: 'Círculo de los martes', description: 'Un círculo de apoyo.' } },
  };

  it('shows the original on a page in the listing’s language, unmarked', () => {
    const text = listingText(data, 'en', 'en', 'A circle.');
    expect(text).toEqual({
      name: { text: 'Tuesday Circle' },
      summary: { text: 'A peer circle.' },
      description: { text: 'A circle.' },
      untranslated: false,
    });
  });

  it('shows translations where they exist, and marks the rest with the language it is in', () => {
    const text = listingText(data, 'es', 'en', 'A circle.');
    expect(text.name).toEqual({ text: 'Círculo de los martes' });
    expect(text.description).toEqual({ text: 'Un círculo de apoyo.' });
    expect(text.summary).toEqual({ text: 'A peer circle.', lang: 'en' });
    expect(text.untranslated).toBe(true);
  });

  it('marks an untranslated name but does not count it as untranslated text', () => {
    const text = listingText({ name: 'SMART Recovery Lansing' }, 'es', 'en');
    expect(text.name).toEqual({ text: 'SMART Recovery Lansing', lang: 'en' });
    expect(text.untranslated).toBe(false);
  });
});

describe('the site’s own words on a page', () => {
  it('uses site.yaml’s translations and marks what has none', () => {
    const site = {
      ...fixtureSite,
      languages: ['en', 'es'] as ('en' | 'es')[],
      tagline: 'Recovery resources.',
      translations: { es: { tagline: 'Recursos para la recuperación.' } },
      help_lines: [
        { label: 'Crisis Line', phone: '988', translations: { es: { label: 'Línea de crisis' } } },
        { label: 'Helpline', phone: '1-800-662-4357' },
      ],
    };
    const text = siteText(site, 'es');
    expect(text.tagline).toEqual({ text: 'Recursos para la recuperación.' });
    expect(text.name).toEqual({ text: site.name, lang: 'en' });
    expect(text.helpLines.map((line) => line.label)).toEqual([
      { text: 'Línea de crisis' },
      { text: 'Helpline', lang: 'en' },
    ]);
    expect(siteText(site, 'en').tagline).toEqual({ text: 'Recovery resources.' });
  });
});
