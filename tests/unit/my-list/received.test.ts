import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITEMS } from '#lib/my-list/list.ts';
import { listMode, mergeLists } from '#lib/my-list/share.ts';

/** A list someone sent, and what "Edit this list" does with it. */
describe('whose list the page shows', () => {
  it('edits this device’s list, opened from "My list" or by its own link', () => {
    expect(listMode(undefined, [])).toBe('own');
    expect(listMode(undefined, ['a'])).toBe('own');
    expect(listMode(['a', 'b'], ['a', 'b'])).toBe('own');
  });

  it('shows anyone else’s link as their message, even when it holds the same listings in another order', () => {
    expect(listMode(['a', 'b'], [])).toBe('received');
    expect(listMode(['a', 'b'], ['b', 'a'])).toBe('received');
    expect(listMode(['a'], ['a', 'b'])).toBe('received');
  });
});

describe('adding a received list to this device’s list', () => {
  it('keeps the device’s order, then adds the sender’s new listings in theirs', () => {
    expect(mergeLists(['a', 'b'], ['c', 'b', 'd'])).toEqual({ ids: ['a', 'b', 'c', 'd'], added: 2, left: 0 });
    expect(mergeLists([], ['x', 'y'])).toEqual({ ids: ['x', 'y'], added: 2, left: 0 });
    expect(mergeLists(['x', 'y'], ['y', 'x'])).toEqual({ ids: ['x', 'y'], added: 0, left: 0 });
  });

  it(`never goes past ${MAX_ITEMS} listings, and counts what did not fit`, () => {
    const mine = Array.from({ length: MAX_ITEMS - 1 }, (_, i) => `mine-${i}`);
    expect(mergeLists(mine, ['t-1', 'mine-0', 't-2', 't-3'])).toEqual({
      ids: [...mine, 't-1'],
      added: 1,
      left: 2,
    });
  });

  it('loses nothing and repeats nothing, whatever the two lists hold', () => {
    const slugs = fc.uniqueArray(fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `s${i}`)), {
      maxLength: MAX_ITEMS,
    });
    fc.assert(
      fc.property(slugs, slugs, (device, received) => {
        const { ids, added, left } = mergeLists(device, received);
        expect(ids.slice(0, device.length)).toEqual(device);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(Math.max(MAX_ITEMS, device.length));
        const fresh = received.filter((id) => !device.includes(id));
        expect(added + left).toBe(fresh.length);
        expect(ids.slice(device.length)).toEqual(fresh.slice(0, added));
      }),
    );
  });
});
