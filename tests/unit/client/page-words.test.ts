import { describe, expect, it } from 'vitest';
import { pageWords } from '#client/page-words.ts';
import { pageTimeWords } from '#client/time-words.ts';

/** A document with one holder per name, counting how often it is searched. */
function fakeDocument(holders: Record<string, string>) {
  let lookups = 0;
  const doc = {
    querySelector(selector: string) {
      lookups++;
      const name = /data-page-words="([^"]+)"/.exec(selector)?.[1] ?? '';
      return name in holders ? { dataset: { words: holders[name] } } : null;
    },
  } as unknown as Document;
  return { doc, lookups: () => lookups };
}

describe('the words a page hands its scripts', () => {
  it('reads each holder once per document, however often it is asked', () => {
    const { doc, lookups } = fakeDocument({ time: '{"locale":"es-US"}' });
    for (let i = 0; i < 50; i++) expect(pageTimeWords(doc)?.locale).toBe('es-US');
    expect(lookups()).toBe(1);
  });

  it('keeps documents apart', () => {
    const en = fakeDocument({ time: '{"locale":"en-US"}' });
    const es = fakeDocument({ time: '{"locale":"es-US"}' });
    expect(pageTimeWords(en.doc)?.locale).toBe('en-US');
    expect(pageTimeWords(es.doc)?.locale).toBe('es-US');
  });

  it('gives nothing for a missing holder or words that are not JSON, and does not search again', () => {
    const { doc, lookups } = fakeDocument({ broken: '{not json' });
    expect(pageWords(doc, 'missing')).toBeUndefined();
    expect(pageWords(doc, 'missing')).toBeUndefined();
    expect(pageWords(doc, 'broken')).toBeUndefined();
    expect(lookups()).toBe(2);
  });
});
