/**
 * The validator's own file-name helpers (src/lib/validate/file-path.ts) give what node:path's
 * posix functions give, and its byte count what Buffer gives, so the checks read the same in the
 * browser (the listing form) as in `npm run validate`.
 */
import fc from 'fast-check';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basename, dirname, extname, relative } from '#lib/validate/file-path.ts';
import { utf8Length } from '#lib/validate/limits.ts';

const CASES = [
  'data/listings/food/pantry.md',
  'data/listings/mutual-aid-meeting/online/nightcap.yaml',
  'data/listings/food/.md',
  'data/listings/food/pantry.md.txt',
  'data/listings/food/pantry',
  'data/listings/food/Pantry.MD',
  'data/listings/food/..md',
  'data/listings/food/...',
  'pantry.md',
  '.hidden',
  'a/b/',
  'a//b.md',
  '/abs/file.yml',
];

describe('file names as node:path reads them', () => {
  it.each(CASES)('%s', (path) => {
    expect(basename(path)).toBe(posix.basename(path));
    expect(extname(path)).toBe(posix.extname(path));
    expect(dirname(path)).toBe(posix.dirname(path));
    const extension = posix.extname(path);
    expect(basename(path, extension)).toBe(posix.basename(path, extension));
    expect(basename(path, '.md')).toBe(posix.basename(path, '.md'));
  });

  it('any relative path of plain parts', () => {
    const part = fc.stringMatching(/^(?:[a-z.-]{1,6}|\.\.)$/);
    const path = fc.array(part, { minLength: 1, maxLength: 5 }).map((p) => p.join('/'));
    fc.assert(
      fc.property(path, (p) => {
        expect([basename(p), extname(p), dirname(p)]).toEqual([posix.basename(p), posix.extname(p), posix.dirname(p)]);
      }),
    );
  });

  it('the schema comment path from a listing folder', () => {
    for (const [from, to] of [
      ['data/listings/food', 'public/schema/listing.json'],
      ['data/listings/mutual-aid-meeting/online', 'public/schema/listing.json'],
      ['data', 'public/schema/site.json'],
      ['data/listings/../listings/food', 'public/schema/listing.json'],
      ['public/schema', 'public/schema/listing.json'],
    ]) {
      expect(relative(from!, to!)).toBe(posix.relative(from!, to!));
    }
  });
});

describe('bytes in UTF-8', () => {
  it('counts as Buffer does, lone surrogates included', () => {
    for (const text of ['', 'abc', 'Café', '中文', '🙂 ok', '\ud83d', 'a\udc00b', '\ud83d\ud83d\ude42']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === Buffer.byteLength(text)));
  });
});
