/**
 * The listing form's state and the fields it writes (src/lib/listing-form/state.ts, order.ts):
 * what a blank form becomes as a volunteer fills it in, what is left out, and in which order.
 */
import { describe, expect, it } from 'vitest';
import { orderLike } from '#lib/listing-form/order.ts';
import { formParts } from '#lib/listing-form/parts.ts';
import {
  emptyState,
  fieldsFromState,
  lastRowId,
  splitPoint,
  stateFromFields,
  typedNumber,
  type FormState,
} from '#lib/listing-form/state.ts';

const blank = () => emptyState('2026-11-24', ['es']);

function filled(): FormState {
  return {
    ...blank(),
    name: '  Northside Pantry ',
    category: 'food',
    support: ['instrumental'],
    address: { street: '', city: 'Lansing', region: 'MI', postal_code: '48906', country: '' },
    geo: { lat: '42,7601', lng: '-84.5547' },
    hours: [
      { id: 1, days: [], opens: '', closes: '' },
      { id: 2, days: ['tuesday', 'thursday'], opens: '10:00', closes: '14:00' },
    ],
    verified_how: 'phone',
    description: 'Shop the shelves yourself.\n\n',
  };
}

describe('a new listing', () => {
  it('writes what was filled in, in the schema’s order, leaving out blanks and defaults', () => {
    const { fields, body, rows } = fieldsFromState(filled(), { format: 'md', alwaysWritten: ['attendance'] });
    expect(Object.keys(fields)).toEqual([
      'name',
      'category',
      'support',
      'attendance',
      'address',
      'geo',
      'hours',
      'last_verified',
      'verified_how',
    ]);
    expect(fields.name).toBe('Northside Pantry');
    expect(fields.attendance).toBe('in-person');
    expect(fields.geo).toEqual({ lat: 42.7601, lng: -84.5547 });
    expect(fields.hours).toEqual([{ days: ['tuesday', 'thursday'], opens: '10:00', closes: '14:00' }]);
    expect(body).toBe('Shop the shelves yourself.');
    // The blank first row is not written: the validator's hours[0] is the form's row 2.
    expect(rows.hours).toEqual([2]);
  });

  it('keeps what is not a number as text, so the schema says how to write it', () => {
    expect(typedNumber('42.73')).toBe(42.73);
    expect(typedNumber('-84,55')).toBe(-84.55);
    expect(typedNumber(' 4 ')).toBe(4);
    expect(typedNumber('north')).toBe('north');
    expect(typedNumber('42.7.3')).toBe('42.7.3');
    expect(typedNumber('  ')).toBeUndefined();
  });

  it('reads a pasted point into its two numbers', () => {
    expect(splitPoint('42.7325, -84.5555')).toEqual({ lat: '42.7325', lng: '-84.5555' });
    expect(splitPoint('(42.7325 -84.5555)')).toEqual({ lat: '42.7325', lng: '-84.5555' });
    expect(splitPoint('42.7325')).toBeUndefined();
  });

  it('writes the translation only when some of it is filled in', () => {
    const state = filled();
    expect(fieldsFromState(state, { format: 'md' }).fields.translations).toBeUndefined();
    state.translations.es = { name: '', summary: ' Comida gratis. ', description: '' };
    expect(fieldsFromState(state, { format: 'md' }).fields.translations).toEqual({ es: { summary: 'Comida gratis.' } });
  });

  it('writes the weeks of the month as the schema takes them', () => {
    const state = filled();
    state.schedule = [
      { id: 7, day: 'saturday', start: '10:00', end: '', note: '', weeks: ['2', 'last'], every_other_week_from: '' },
    ];
    expect(fieldsFromState(state, { format: 'md' }).fields.schedule).toEqual([
      { day: 'saturday', start: '10:00', weeks: [2, 'last'] },
    ]);
    expect(lastRowId(state)).toBe(7);
  });
});

describe('an edited listing', () => {
  const original = {
    name: 'Harbor House',
    category: 'recovery-housing',
    support: ['instrumental'],
    languages: ['en'],
    location_private: true,
    geo: { lng: -84.5, lat: 42.7 },
    housing: { moud: 'welcome', beds: 6 },
    last_verified: '2026-10-01',
  };

  it('keeps the defaults the file wrote, and its order of fields', () => {
    const state = stateFromFields(original, '', 'harbor-house', ['es']);
    state.phone = '517-555-0100';
    const { fields } = fieldsFromState(state, { format: 'md', original });
    expect(Object.keys(fields)).toEqual([
      'name',
      'category',
      'support',
      'languages',
      'location_private',
      'geo',
      'phone',
      'housing',
      'last_verified',
    ]);
    expect(Object.keys(fields.geo as object)).toEqual(['lng', 'lat']);
    expect(fields.housing).toEqual({ moud: 'welcome', beds: 6 });
  });

  it('leaves out a default the file did not write', () => {
    const state = stateFromFields({ ...original, languages: undefined }, '', 'harbor-house', []);
    expect(state.languages).toEqual(['en']);
    expect(fieldsFromState(state, { format: 'md', original: { name: 'x' } }).fields.languages).toBeUndefined();
  });

  it('keeps a .yaml description as written, its last line break included', () => {
    const state = stateFromFields({ ...original, description: 'Line one.\nLine two.\n' }, '', 'harbor-house', []);
    const { fields, body } = fieldsFromState(state, { format: 'yaml', original });
    expect(fields.description).toBe('Line one.\nLine two.\n');
    expect(body).toBe('');
  });
});

describe('an imported meeting', () => {
  const original = {
    name: 'Open Door Group',
    category: 'mutual-aid-meeting',
    support: ['peer'],
    fellowship: 'aa',
    by_appointment: true,
    attendance: 'online',
    conference_url: 'https://meet.google.com/abc-defg-hij',
    source: { feed: 'https://example.org/meetings.json', slug: 'open-door', id: '42' },
    last_verified: '2026-10-01',
  };

  it('keeps its source, which no box shows, and says by appointment while ticked', () => {
    const state = stateFromFields(original, '', 'open-door-group', []);
    expect(state.by_appointment).toBe(true);
    const kept = fieldsFromState(state, { format: 'md', original }).fields;
    expect(kept.source).toEqual(original.source);
    expect(Object.keys(kept)).toEqual(Object.keys(original));
    state.by_appointment = false;
    expect(fieldsFromState(state, { format: 'md', original }).fields.by_appointment).toBeUndefined();
  });

  it('writes by_appointment on a new listing only when ticked', () => {
    const state = { ...blank(), name: 'x', category: 'mutual-aid-meeting' };
    expect(fieldsFromState(state, { format: 'md' }).fields.by_appointment).toBeUndefined();
    expect(fieldsFromState({ ...state, by_appointment: true }, { format: 'md' }).fields.by_appointment).toBe(true);
  });
});

describe('the order of an edited file', () => {
  it('follows the original, and puts a new key after the one it follows', () => {
    const value = { a: 1, b: 2, c: 3, d: { x: 1, y: 2 } };
    const original = { d: { y: 0, x: 0 }, a: 0, c: 0 };
    expect(JSON.stringify(orderLike(value, original))).toBe('{"d":{"y":2,"x":1},"a":1,"b":2,"c":3}');
    expect(orderLike([{ b: 1, a: 2 }], [{ a: 0, b: 0 }])).toEqual([{ a: 2, b: 1 }]);
    expect(JSON.stringify(orderLike({ b: 1, a: 2 }, undefined))).toBe('{"b":1,"a":2}');
  });
});

describe('the parts of the form a listing needs', () => {
  it('asks for a place for in-person listings and joining details for online ones', () => {
    const state = emptyState('2026-11-24', []);
    expect(formParts(state)).toMatchObject({ place: true, join: false, meeting: false, housing: false });
    expect(formParts({ ...state, attendance: 'online' })).toMatchObject({ place: false, join: true });
    expect(formParts({ ...state, attendance: 'hybrid', category: 'mutual-aid-meeting' })).toMatchObject({
      place: true,
      join: true,
      meeting: true,
    });
  });

  it('shows a part that holds something, whatever the listing', () => {
    const state = { ...emptyState('2026-11-24', []), category: 'food' };
    expect(formParts({ ...state, housing: { moud: 'welcome', narr_level: '', gender: '', beds: '' } }).housing).toBe(
      true,
    );
    expect(formParts({ ...state, attendance: 'online', geo: { lat: '42.7', lng: '' } }).place).toBe(true);
    expect(formParts({ ...state, status: 'temporarily-closed' }).statusNote).toBe(true);
  });
});
