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
  /** Every string of a dictionary long enough to be a sentence of its own, not a common word. */
  function sentences(value: unknown): string[] {
    if (value && typeof value === 'object') return Object.values(value).flatMap(sentences);
    return typeof value === 'string' && value.length >= 16 ? [value] : [];
  }

  test('no script carries a dictionary: pages hand their scripts their own words', async () => {
    const { DICTIONARIES } = await import('../../src/i18n/index.ts');
    const scripts = readdirSync(join(distDir, '_astro'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => ({ name, text: readFileSync(join(distDir, '_astro', name), 'utf8') }));
    expect(scripts.length).toBeGreaterThan(3);
    const found = Object.entries(DICTIONARIES).flatMap(([lang, words]) =>
      sentences(words).flatMap((sentence) => {
        const escaped = JSON.stringify(sentence).slice(1, -1);
        return scripts
          .filter(({ text }) => text.includes(sentence) || text.includes(escaped))
          .map(({ name }) => `${lang}: "${sentence}" in ${name}`);
      }),
    );
    expect(found, found.join('\n')).toEqual([]);
  });
});
