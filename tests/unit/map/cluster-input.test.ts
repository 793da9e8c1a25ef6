/**
 * What the map clusters (lib/map/cluster-input.ts): the matching listings that have a place, and
 * when two loads are the same places, so the finder's early load is not made twice.
 */
import { describe, expect, it } from 'vitest';
import { createBitset, fullBitset, setBit } from '#lib/finder/bitset.ts';
import { clusterInput, sameInput } from '#lib/map/cluster-input.ts';
import type { Points } from '#lib/map/points.ts';

/** Six listings; 1 and 4 are online (no place). */
function points(): Points {
  const placed = createBitset(6);
  for (const i of [0, 2, 3, 5]) setBit(placed, i);
  return {
    size: 6,
    lat: Float64Array.from([42.7, 0, 42.71, 42.72, 0, 42.73]),
    lng: Float64Array.from([-84.5, 0, -84.51, -84.52, 0, -84.53]),
    placed,
    areas: createBitset(6),
    areaRadius: 400,
  };
}

describe('clusterInput', () => {
  it('keeps the matching listings that have a place, in index order', () => {
    const shown = points();
    const matched = createBitset(6);
    for (const i of [1, 2, 5]) setBit(matched, i);
    const input = clusterInput(shown, matched, 11);
    expect([...input.positions]).toEqual([2, 5]);
    expect(input.lat).toBe(shown.lat);
    expect(input.lng).toBe(shown.lng);
    expect(input.minZoom).toBe(7);
  });

  it('never asks for clusters below zoom 0', () => {
    expect(clusterInput(points(), fullBitset(6), 2).minZoom).toBe(0);
  });
});

describe('sameInput', () => {
  it('is true for the same places of the same points, made twice', () => {
    const shown = points();
    expect(sameInput(clusterInput(shown, fullBitset(6), 11), clusterInput(shown, fullBitset(6), 11))).toBe(true);
  });

  it('tells apart other places, other point data and another zoom', () => {
    const shown = points();
    const all = clusterInput(shown, fullBitset(6), 11);
    const some = createBitset(6);
    setBit(some, 0);
    setBit(some, 2);
    const other = createBitset(6);
    setBit(other, 0);
    setBit(other, 3);
    expect(sameInput(all, clusterInput(shown, some, 11))).toBe(false);
    // The same number of places, but not the same ones.
    expect(sameInput(clusterInput(shown, some, 11), clusterInput(shown, other, 11))).toBe(false);
    expect(sameInput(all, clusterInput(points(), fullBitset(6), 11))).toBe(false);
    expect(sameInput(all, clusterInput(shown, fullBitset(6), 12))).toBe(false);
  });
});
