/** The edit form's data files (src/lib/content/edit-data.ts): every file by slug, in the file its hash names. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { editData } = await import('#lib/content/edit-data.ts');
const { shardOf } = await import('#lib/my-list/share.ts');

describe('the edit data', () => {
  const listings = Array.from({ length: 150 }, (_, i) => ({
    id: `listing-${i}`,
    filePath: `data/listings/food/listing-${i}.md`,
    closed: i === 7,
  }));
  const files = editData(listings, (file) => `text of ${file}`);

  it('holds each listing’s file in the data file its slug hashes to', () => {
    expect(files.length).toBe(3);
    for (const { id, filePath } of listings.filter((l) => !l.closed)) {
      expect(files[shardOf(id, files.length)]![id]).toEqual({ file: filePath, text: `text of ${filePath}` });
    }
  });

  it('gives a closed listing’s path alone: its name is taken, there is nothing to edit', () => {
    expect(files[shardOf('listing-7', files.length)]!['listing-7']).toEqual({
      file: 'data/listings/food/listing-7.md',
    });
  });
});
