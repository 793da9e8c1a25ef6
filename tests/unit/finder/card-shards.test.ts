import { describe, expect, it } from 'vitest';
import { CARDS_PER_SHARD, cardShardCount, cardShardOf, cardShardRange, shardsFor } from '#lib/finder/card-shards.ts';

describe('card files', () => {
  it('puts every position in exactly one file, whose range holds it', () => {
    const total = CARDS_PER_SHARD * 3 + 7;
    expect(cardShardCount(total)).toBe(4);
    const seen = new Set<number>();
    for (let shard = 0; shard < cardShardCount(total); shard++) {
      const [start, end] = cardShardRange(shard, total);
      for (let position = start; position < end; position++) {
        expect(cardShardOf(position)).toBe(shard);
        seen.add(position);
      }
    }
    expect(seen.size).toBe(total);
  });

  it('writes no file for no listings', () => {
    expect(cardShardCount(0)).toBe(0);
  });

  it('asks for each file once, in the order the results need them', () => {
    const far = CARDS_PER_SHARD * 5;
    expect(shardsFor([far + 1, 0, 1, far, 2])).toEqual([5, 0]);
    expect(shardsFor([])).toEqual([]);
  });
});
