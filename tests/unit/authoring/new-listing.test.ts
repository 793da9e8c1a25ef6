/**
 * `npm run new`: reading the answers it takes (the command itself is in
 * tests/integration/new-listing.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { uniqueSlug } from '#lib/authoring/listing-file.ts';
import {
  parseChoice,
  parseChoices,
  parseName,
  parsePhone,
  parsePoint,
  parseTime,
  questions,
} from '#lib/authoring/new-listing.ts';
import { CATEGORIES } from '#taxonomy';
import { fixtureSite } from '../../helpers/temp-project.ts';

const site = fixtureSite;

describe('reading answers', () => {
  it.each([
    ['19:00', '19:00'],
    ['7:30', '07:30'],
    ['7 pm', '19:00'],
    ['7:30 p.m.', '19:30'],
    ['12 am', '00:00'],
    ['12pm', '12:00'],
  ])('time %s → %s', (text, time) => expect(parseTime(text)).toEqual({ ok: true, value: time }));

  it.each(['19', '25:00', '7:75', '13 pm', 'noon', ''])('time %j is asked again', (text) => {
    expect(parseTime(text)).toMatchObject({ ok: false, error: expect.stringMatching(/like 19:00 or 7:00 pm/) });
  });

  it('takes a choice by number, id or label, and a list of them', () => {
    expect(parseChoice('11', CATEGORIES)).toEqual({ ok: true, value: 'food' });
    expect(parseChoice(' Food ', CATEGORIES)).toEqual({ ok: true, value: 'food' });
    expect(parseChoice('dental', CATEGORIES)).toEqual({ ok: true, value: 'dental' });
    expect(parseChoice('0', CATEGORIES).ok).toBe(false);
    expect(parseChoices('1, 3 1', CATEGORIES)).toEqual({
      ok: true,
      value: ['recovery-housing', 'recovery-community-center'],
    });
    expect(parseChoices(' ', CATEGORIES).ok).toBe(false);
  });

  it('takes a map point inside the region only', () => {
    expect(parsePoint('42.73, -84.55', site)).toEqual({ ok: true, value: { lat: 42.73, lng: -84.55 } });
    expect(parsePoint('(42.73 -84.55)', site)).toEqual({ ok: true, value: { lat: 42.73, lng: -84.55 } });
    expect(parsePoint('40.71, -74.00', site)).toMatchObject({ ok: false, error: expect.stringMatching(/outside/) });
    expect(parsePoint('Lansing', site)).toMatchObject({ ok: false, error: expect.stringMatching(/latitude first/) });
  });

  it('refuses an emoji in a name, and keeps the ® some names carry', () => {
    expect(parseName('Hope Pantry 🍎')).toMatchObject({ ok: false, error: expect.stringMatching(/emoji \(🍎\)/) });
    expect(parseName('Celebrate Recovery®')).toEqual({ ok: true, value: 'Celebrate Recovery®' });
  });

  it('writes an extension the one way the Call button dials, and asks again for "press 2"', () => {
    expect(parsePhone('517-555-0199 x2')).toEqual({ ok: true, value: '(517) 555-0199 ext. 2' });
    expect(parsePhone('517-555-0199')).toEqual({ ok: true, value: '517-555-0199' });
    expect(parsePhone('517-555-0199 press 2')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/an extension like 517-555-0142 ext\. 2/),
    });
  });

  it('asks about a name already listed only when there is one', () => {
    const asks = (existing: Map<string, string>, name: string) =>
      questions(site, '2026-11-24', existing).find((q) => q.key === 'different_place')!.when!({ name });
    const existing = new Map([['hope-pantry', 'data/listings/food/hope-pantry.md']]);
    expect(asks(existing, 'Hope Pantry')).toBe(true);
    expect(asks(existing, 'Hope Kitchen')).toBe(false);
  });

  it('makes a file name from the name that no listing uses yet', () => {
    expect(uniqueSlug('Café Esperanza & Friends', new Set())).toBe('cafe-esperanza-friends');
    expect(uniqueSlug('Hope', new Set(['hope', 'hope-2']))).toBe('hope-3');
    expect(uniqueSlug('!!!', new Set())).toBe('listing');
  });
});
