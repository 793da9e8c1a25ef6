import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_FILE, joinEntries, mergeIndexInto } from '#integrations/search-index/merge.ts';

const root = mkdtempSync(join(tmpdir(), 'search-merge-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A folder laid out as Pagefind writes one, from `files` (path → text). */
function folder(files: Record<string, string>): string {
  const dir = join(root, `run-${n++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const entry = (languages: Record<string, unknown>) =>
  JSON.stringify({ version: '1.6.0', languages, include_characters: ['_'] });

describe('joining the search indexes of one Pagefind run per language', () => {
  it('moves in the other language’s files, keeps the shared ones, and lists both languages', () => {
    const en = folder({
      [ENTRY_FILE]: entry({ en: { hash: 'en_1', page_count: 2 } }),
      'pagefind.js': 'shared script',
      'fragment/en_a.pf_fragment': 'en fragment',
      'pagefind.en_1.pf_meta': 'en meta',
    });
    const es = folder({
      [ENTRY_FILE]: entry({ es: { hash: 'es_1', page_count: 2 } }),
      'pagefind.js': 'shared script',
      'fragment/es_a.pf_fragment': 'es fragment',
      'index/es_b.pf_index': 'es index',
      'pagefind.es_1.pf_meta': 'es meta',
    });
    mergeIndexInto(en, es);
    expect(JSON.parse(readFileSync(join(en, ENTRY_FILE), 'utf8'))).toEqual({
      version: '1.6.0',
      languages: { en: { hash: 'en_1', page_count: 2 }, es: { hash: 'es_1', page_count: 2 } },
      include_characters: ['_'],
    });
    expect(readdirSync(en, { recursive: true }).map(String).sort()).toEqual([
      'fragment',
      'fragment/en_a.pf_fragment',
      'fragment/es_a.pf_fragment',
      'index',
      'index/es_b.pf_index',
      'pagefind-entry.json',
      'pagefind.en_1.pf_meta',
      'pagefind.es_1.pf_meta',
      'pagefind.js',
    ]);
    expect(readFileSync(join(en, 'index/es_b.pf_index'), 'utf8')).toBe('es index');
    expect(existsSync(es)).toBe(false);
  });

  it('stops when a file both runs wrote differs, naming it', () => {
    const en = folder({ [ENTRY_FILE]: entry({ en: {} }), 'pagefind.js': 'one' });
    const es = folder({ [ENTRY_FILE]: entry({ es: {} }), 'pagefind.js': 'two' });
    expect(() => mergeIndexInto(en, es)).toThrow(/two different versions of pagefind\.js/);
  });

  it('stops when both runs indexed the same language, or were set up differently', () => {
    expect(() => joinEntries({ languages: { en: {} } }, { languages: { en: {} } })).toThrow(/both indexed.*"en"/);
    expect(() =>
      joinEntries({ version: '1.6.0', languages: { en: {} } }, { version: '1.7.0', languages: { es: {} } }),
    ).toThrow(/different pagefind-entry\.json settings/);
  });

  it('stops with a clear line when a run wrote no entry file', () => {
    const en = folder({ [ENTRY_FILE]: entry({ en: {} }) });
    const es = folder({ 'pagefind.js': 'x' });
    expect(() => mergeIndexInto(en, es)).toThrow(/Pagefind wrote no pagefind-entry\.json/);
  });

  it('joins what Pagefind itself writes: two real runs, one per language', async () => {
    const runs: string[] = [];
    for (const lang of ['en', 'es']) {
      const { index } = await pagefind.createIndex({});
      const words = lang === 'en' ? ['housing', 'dentist'] : ['vivienda', 'dentista'];
      for (const [i, word] of words.entries()) {
        await index!.addHTMLFile({
          url: `/${lang}/listings/${i}/`,
          content: `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>${word}</h1></main></body></html>`,
        });
      }
      const out = join(root, `pagefind-${lang}`);
      const written = await index!.writeFiles({ outputPath: out });
      expect(written.errors).toEqual([]);
      await pagefind.close();
      runs.push(out);
    }
    const [en, es] = runs as [string, string];
    mergeIndexInto(en, es);
    const merged = JSON.parse(readFileSync(join(en, ENTRY_FILE), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    };
    expect(Object.keys(merged.languages).sort()).toEqual(['en', 'es']);
    for (const [lang, { hash, page_count }] of Object.entries(merged.languages)) {
      expect(page_count).toBe(2);
      // The files the browser loads first for each language: its metadata and its word-matching code.
      expect(existsSync(join(en, `pagefind.${hash}.pf_meta`)), `${lang} metadata`).toBe(true);
      expect(existsSync(join(en, `wasm.${lang}.pagefind`)), `${lang} wasm`).toBe(true);
      const fragments = readdirSync(join(en, 'fragment')).filter((f) => f.startsWith(`${lang}_`));
      expect(fragments).toHaveLength(2);
    }
  }, 30_000);
});
