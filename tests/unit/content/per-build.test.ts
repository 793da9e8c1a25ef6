import { afterEach, describe, expect, it, vi } from 'vitest';
import { perBuild } from '#lib/content/per-build.ts';

describe('perBuild', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('makes each key’s value once in a build, and keeps keys apart', () => {
    vi.stubEnv('PROD', true);
    const cache = perBuild();
    const make = vi.fn((n: number) => ({ n }));
    const first = cache('a', () => make(1));
    expect(cache('a', () => make(2))).toBe(first);
    expect(cache('b', () => make(3))).toEqual({ n: 3 });
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('makes it afresh on every call in the dev server, so edits show up', () => {
    vi.stubEnv('PROD', false);
    const cache = perBuild();
    expect(cache('a', () => 1)).toBe(1);
    expect(cache('a', () => 2)).toBe(2);
  });
});
