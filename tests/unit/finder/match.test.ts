import { describe, expect, it } from 'vitest';
import { compareByName, matchesPathway, matchesSupport } from '#lib/finder/match.ts';
import { PATHWAYS } from '#taxonomy';

describe('matching', () => {
  const listing = { category: 'food', support: ['instrumental'], pathways: ['all-pathways'] };
  it('treats all-pathways as matching every pathway', () => {
    for (const pathway of PATHWAYS) expect(matchesPathway(listing, pathway.id)).toBe(true);
    expect(matchesPathway({ ...listing, pathways: ['secular'] }, 'twelve-step')).toBe(false);
    expect(matchesPathway({ ...listing, pathways: undefined }, 'secular')).toBe(false);
  });
  it('matches support types', () => {
    expect(matchesSupport(listing, 'instrumental')).toBe(true);
    expect(matchesSupport(listing, 'emotional')).toBe(false);
  });
  it('sorts names ignoring accents and case', () => {
    const names = [{ name: 'zeta' }, { name: 'Café B' }, { name: 'cafe a' }].sort(compareByName).map((n) => n.name);
    expect(names).toEqual(['cafe a', 'Café B', 'zeta']);
  });
});
