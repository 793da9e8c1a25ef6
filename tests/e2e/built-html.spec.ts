/**
 * Checks over every page the build wrote, read from dist/ (run the build first): no word runs
 * straight into a link or code, and public pages use plain words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { moudUnexplained, runOnWords, visibleText } from '../helpers/run-on-words.ts';
import { expect, test } from './fixtures.ts';

const distDir = new URL('../../dist/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

test.describe('spacing around links and code', () => {
  test('the scan finds a word run into a link or code, and none in text that is spaced', () => {
    expect(runOnWords('<p>or see<a href="/x">this</a>.</p>')).toHaveLength(1);
    expect(runOnWords('<p>the command<code>npm</code> and <code>x</code>to</p>')).toHaveLength(2);
    expect(runOnWords('<p>or see <a href="/x">this</a>, then <code>npm</code>.</p>')).toEqual([]);
    expect(runOnWords('<script>if(a<a.length)</script><pre>x<code>y</code></pre>')).toEqual([]);
  });

  test('no built page has a word running into a link or code', () => {
    const files = htmlFiles(distDir);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      runOnWords(readFileSync(file, 'utf8')).map(({ snippet }) => `${relative(distDir, file)}: ${snippet}`),
    );
    expect(found, found.join('\n')).toEqual([]);
  });
});

test.describe('plain words', () => {
  const pages = () =>
    htmlFiles(distDir).map((file) => ({
      file: relative(distDir, file),
      text: visibleText(readFileSync(file, 'utf8')),
    }));

  test('the MOUD check tells a spelled-out first use from a bare one', () => {
    expect(moudUnexplained('Homes that take medication for opioid use disorder (MOUD). MOUD again')).toBeUndefined();
    expect(moudUnexplained('Medication (MOUD) welcome')).toContain('Medication (MOUD');
    expect(moudUnexplained('nothing here')).toBeUndefined();
    expect(moudUnexplained('Medicamentos para el trastorno por consumo de opioides (MOUD): sí')).toBeUndefined();
    expect(moudUnexplained('Medicamentos (MOUD) bienvenidos')).toContain('Medicamentos (MOUD');
  });

  test('every page spells out MOUD the first time it uses it', () => {
    const bare = pages().flatMap(({ file, text }) => {
      const where = moudUnexplained(text);
      return where ? [`${file}: …${where}…`] : [];
    });
    expect(bare, bare.join('\n')).toEqual([]);
  });

  test('public pages say "recovery resources", not "recovery assets"', () => {
    const jargon = pages().flatMap(({ file, text }) =>
      [...text.matchAll(/.{0,40}\brecovery assets?\b.{0,20}/gi)].map((m) => `${file}: ${m[0]}`),
    );
    expect(jargon, jargon.join('\n')).toEqual([]);
  });
});

test.describe('each page’s words', () => {
  /** Every string of a dictionary by its key. */
  function leaves(value: unknown, key = ''): [string, string][] {
    if (value && typeof value === 'object') {
      return Object.entries(value).flatMap(([name, inner]) => leaves(inner, key ? `${key}.${name}` : name));
    }
    return typeof value === 'string' ? [[key, value]] : [];
  }

  /**
   * Words a script may carry that a dictionary also holds, because they are not the dictionary's:
   * the listing form's checker is the validator itself (src/lib/listing-form/check.ts), so its
   * schemas come with their English descriptions (the form's English help is made from them), and
   * the Meeting Guide spec, which checks a type code, with its type names in every language.
   */
  async function schemaAndSpecWords(): Promise<string> {
    const schemas = new URL('../../src/schemas/', import.meta.url).pathname;
    const { getTypesForLanguage } = await import('@code4recovery/spec');
    const { languages } = await import('@code4recovery/spec/lib/languages.js');
    return [
      ...readdirSync(schemas).map((name) => readFileSync(join(schemas, name), 'utf8')),
      ...(languages as readonly string[]).flatMap((lang) => Object.values(getTypesForLanguage(lang))),
    ].join('\n');
  }

  test('no script carries a dictionary: pages hand their scripts their own words', async () => {
    const { DICTIONARIES } = await import('../../src/i18n/index.ts');
    const theirs = await schemaAndSpecWords();
    const scripts = readdirSync(join(distDir, '_astro'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, text: readFileSync(join(distDir, '_astro', name), 'utf8') }));
    expect(scripts.length).toBeGreaterThan(3);
    const tables = Object.entries(DICTIONARIES).map(([lang, words]) => [lang, new Map(leaves(words))] as const);
    const found = tables.flatMap(([lang, own]) =>
      [...own]
        // A sentence of its own, written differently in another language (proper names such as
        // "Celebrate Recovery" are the same in both, and are also words people search for).
        .filter(([key, text]) => text.length >= 16 && tables.some(([, other]) => other.get(key) !== text))
        .filter(([, text]) => !theirs.includes(text))
        .flatMap(([key, text]) => {
          const escaped = JSON.stringify(text).slice(1, -1);
          return scripts
            .filter((script) => script.text.includes(text) || script.text.includes(escaped))
            .map((script) => `${lang} ${key}: "${text}" in ${script.name}`);
        }),
    );
    expect(found, found.join('\n')).toEqual([]);
  });
});
