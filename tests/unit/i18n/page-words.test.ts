import { describe, expect, it } from 'vitest';
import { composedWords, pageWordsJson } from '#i18n/page-words.ts';
import { dictionary, timeWords } from '#i18n/index.ts';

describe('words handed to a page’s scripts', () => {
  it('serializes the same words to the same JSON, once per object', () => {
    const words = { a: 'uno' };
    expect(pageWordsJson(words)).toBe('{"a":"uno"}');
    words.a = 'changed after the first page';
    // The build never changes a dictionary; the cache is by object.
    expect(pageWordsJson(words)).toBe('{"a":"uno"}');
    expect(pageWordsJson('plain')).toBe('"plain"');
  });

  it('puts composed words together once per dictionary and name', () => {
    let made = 0;
    const make = () => ({ n: ++made });
    const en = dictionary('en');
    const es = dictionary('es');
    const first = composedWords(en, 'test-words', make);
    expect(composedWords(en, 'test-words', make)).toBe(first);
    expect(composedWords(es, 'test-words', make)).not.toBe(first);
    expect(composedWords(en, 'other-words', make)).not.toBe(first);
    expect(made).toBe(3);
  });
});

describe('time words', () => {
  it('are one object per language, so what is worked out from them is cached across pages', () => {
    expect(timeWords('es')).toBe(timeWords('es'));
    expect(timeWords('es')).not.toBe(timeWords('en'));
    expect(timeWords('es').locale).toBe('es-US');
  });
});
