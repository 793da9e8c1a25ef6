import { describe, expect, it } from 'vitest';
import { resultIdTable, resultPositions, slugOfUrl, splitResultId } from '#lib/finder/result-ids.ts';

describe('which listing a Pagefind result is', () => {
  it('reads the slug of a listing page in any language and under a base path', () => {
    expect(slugOfUrl('/listings/oak-house/')).toBe('oak-house');
    expect(slugOfUrl('/es/listings/oak-house/')).toBe('oak-house');
    expect(slugOfUrl('/map-site/es/listings/oak-house/')).toBe('oak-house');
    expect(slugOfUrl('/find/')).toBeUndefined();
  });
  it('splits a result id into its language and its hash', () => {
    expect(splitResultId('en_011ea98')).toEqual({ prefix: 'en', hash: '011ea98' });
    expect(splitResultId('pt-br_abc')).toEqual({ prefix: 'pt-br', hash: 'abc' });
  });
  it('lays the table beside the facet index’s slugs, whatever their order', () => {
    const table = resultIdTable(
      new Map([
        ['walnut', 'h3'],
        ['ash', 'h1'],
        ['Birch', 'h0'],
        ['oak', 'h2'],
      ]),
    );
    // Slug order, code unit by code unit: capitals first.
    expect(table.ids).toEqual(['h0', 'h1', 'h2', 'h3']);
    const slugs = ['oak', 'walnut', 'ash', 'Birch'];
    const positions = resultPositions(table, slugs)!;
    for (const [hash, slug] of [
      ['h0', 'Birch'],
      ['h1', 'ash'],
      ['h2', 'oak'],
      ['h3', 'walnut'],
    ] as const)
      expect(slugs[positions.get(hash)!]).toBe(slug);
  });
  it('refuses a table made for other listings, even as many', () => {
    const table = resultIdTable(
      new Map([
        ['ash', 'h1'],
        ['oak', 'h2'],
      ]),
    );
    expect(resultPositions(table, ['ash', 'elm'])).toBeUndefined();
    expect(resultPositions(table, ['ash'])).toBeUndefined();
    expect(resultPositions(table, ['oak', 'ash'])).toBeDefined();
  });
});
