/** Where the validator's problems show in the listing form (src/lib/listing-form/fields.ts). */
import { describe, expect, it } from 'vitest';
import { fieldId, fieldName, problemField } from '#lib/listing-form/fields.ts';

const rows = { hours: [4], schedule: [2, 9], event_dates: [11] };
const at = (field: string) => problemField({ field }, rows, ['es']);

describe('the box a problem is about', () => {
  it.each([
    ['name', 'name'],
    ['support', 'support'],
    ['support[1]', 'support'],
    ['meeting_types[2]', 'meeting_types'],
    ['body', 'description'],
    ['description', 'description'],
    ['slug', 'slug'],
    ['address', 'address.city'],
    ['address.postal_code', 'address.postal_code'],
    ['geo', 'geo.lat'],
    ['geo.lng', 'geo.lng'],
    ['housing', 'housing.moud'],
    ['housing.beds', 'housing.beds'],
    ['employer.industries[0]', 'employer.industries'],
    ['hours', 'hours'],
    ['hours[0]', 'hours.4.days'],
    ['hours[0].days[1]', 'hours.4.days'],
    ['hours[0].closes', 'hours.4.closes'],
    ['schedule[1].start', 'schedule.9.start'],
    ['schedule[1].weeks[0]', 'schedule.9.weeks'],
    ['schedule[5].start', 'schedule'],
    ['event_dates[0]', 'event_dates.11'],
    ['translations', 'translations.es.name'],
    ['translations.es', 'translations.es.name'],
    ['translations.es.summary', 'translations.es.summary'],
  ])('%s → %s', (field, key) => {
    expect(at(field)).toBe(key);
  });

  it.each(['yaml', 'front matter', 'encoding', 'file', 'translations.fr', 'nonsense'])('%s: none', (field) => {
    expect(at(field)).toBeUndefined();
  });

  it('follows the path the validator gives, whatever words name the field', () => {
    const where = (field: string, path: (string | number)[]) => problemField({ field, path }, rows, ['es']);
    expect(where('schedule.start (2nd meeting time)', ['schedule', 1, 'start'])).toBe('schedule.9.start');
    expect(where('hours.days (1st set of hours)', ['hours', 0, 'days', 1])).toBe('hours.4.days');
    expect(where('support (2nd value)', ['support', 1])).toBe('support');
    expect(where('translations.es.description', ['translations', 'es', 'description'])).toBe(
      'translations.es.description',
    );
    expect(at('file name')).toBe('slug');
    expect(where('file name', ['slug'])).toBe('slug');
  });

  it('files labels by name, and gives each box a valid id', () => {
    expect(fieldName('schedule.9.start')).toBe('start');
    expect(fieldName('translations.es.summary')).toBe('translated_summary');
    expect(fieldName('address.city')).toBe('city');
    expect(fieldName('event_dates.11')).toBe('event_dates');
    expect(fieldName('name')).toBe('name');
    expect(fieldId('schedule.9.start')).toBe('f-schedule-9-start');
  });
});
