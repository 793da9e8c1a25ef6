import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { writeResultIds } from '#integrations/search-index/result-ids.ts';
import { resultPositions, type ResultIdTable } from '#lib/finder/result-ids.ts';

const root = mkdtempSync(join(tmpdir(), 'search-ids-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A run's folder holding one fragment file with `bytes`. */
function withFragment(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(root, 'bad-'));
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(join(dir, 'fragment', name), bytes);
  return dir;
}

describe('the table from Pagefind’s result ids to listings', () => {
  it('maps every result of a real Pagefind run to its listing', async () => {
    const slugs = ['walnut-house', 'ash-clinic', 'oak-center'];
    const { index } = await pagefind.createIndex({});
    for (const slug of slugs) {
      await index!.addHTMLFile({
        url: `/es/listings/${slug}/`,
        content: `<!doctype html><html lang="es"><body><main data-pagefind-body><h1>${slug} gratis</h1></main></body></html>`,
      });
    }
    const out = join(root, 'run');
    expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
    await pagefind.close();

    expect(writeResultIds(out)).toEqual(new Map([['es', 3]]));
    const table = JSON.parse(readFileSync(join(out, 'result-ids.es.json'), 'utf8')) as ResultIdTable;
    const positions = resultPositions(table, slugs)!;
    // Each fragment Pagefind wrote names the listing the table says.
    for (const hash of table.ids) {
      const text = gunzipSync(readFileSync(join(out, 'fragment', `es_${hash}.pf_fragment`)));
      const url = (JSON.parse(text.toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url;
      expect(url).toBe(`/es/listings/${slugs[positions.get(hash)!]}/`);
    }
  }, 30_000);

  it('writes no table for a site with no listings yet, and does not stop the build', () => {
    const empty = mkdtempSync(join(root, 'empty-'));
    expect(writeResultIds(empty)).toEqual(new Map());
    expect(readdirSync(empty)).toEqual([]);
  });

  it('stops the build, naming the file, when a fragment is not as Pagefind wrote them', () => {
    expect(() => writeResultIds(withFragment('en_a1.pf_fragment', Buffer.from('plain text')))).toThrow(
      /en_a1\.pf_fragment is not gzipped/,
    );
    expect(() => writeResultIds(withFragment('en_a2.pf_fragment', gzipSync('{"url":"/listings/x/"}')))).toThrow(
      /en_a2\.pf_fragment lacks Pagefind's fragment signature/,
    );
    expect(() => writeResultIds(withFragment('en_a3.pf_fragment', gzipSync('pagefind_dcd{"url":"/about/"}')))).toThrow(
      /en_a3\.pf_fragment is for "\/about\/", not a listing page/,
    );
  });
});
