/**
 * The importer's readers of single feed values: days and times (read-schedule.ts), one-line
 * addresses (read-place.ts), HTML entities (read-fields.ts), and the file-name slugs the
 * importer makes with src/lib/authoring/listing-file.ts.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '#lib/authoring/listing-file.ts';
import { decodeEntities } from '#lib/open-data/meeting-guide/read-fields.ts';
import { parseAddress } from '#lib/open-data/meeting-guide/read-place.ts';
import { readDay, readTime } from '#lib/open-data/meeting-guide/read-schedule.ts';

describe('reading feed values', () => {
  it('reads days as numbers, numeric text or names (Sunday = 0)', () => {
    expect([0, 1, 6, '3', 'Friday', 'sun', 'Tues', 'mondays'].map(readDay)).toEqual([
      'sunday',
      'monday',
      'saturday',
      'wednesday',
      'friday',
      'sunday',
      'tuesday',
      'monday',
    ]);
    expect([7, -1, 1.5, '10', 'someday', null, true].map(readDay)).toEqual(Array(7).fill(undefined));
  });

  it('reads times in the common shapes and rejects the rest', () => {
    expect(['19:00', '7:30', '19:30:00', '7:30 pm', '12:00 AM', '12:15pm'].map(readTime)).toEqual([
      '19:00',
      '07:30',
      '19:30',
      '19:30',
      '00:00',
      '12:15',
    ]);
    expect(['24:00', '13:00 pm', '1900', 1900, '', 'noon'].map(readTime)).toEqual(Array(6).fill(undefined));
  });

  it('splits one-line addresses into their parts', () => {
    expect(parseAddress('4953 W Addison St, Chicago, IL 60641, USA')).toEqual({
      street: '4953 W Addison St',
      city: 'Chicago',
      region: 'IL',
      postal_code: '60641',
      country: 'US',
    });
    expect(parseAddress('979 West County Line Road, Hatboro, PA, 19040, USA')).toMatchObject({
      street: '979 West County Line Road',
      city: 'Hatboro',
      region: 'PA',
      postal_code: '19040',
    });
    expect(parseAddress('Doheny State Beach, 25300 Dana Point Harbor Dr, Dana Point, CA 92629, USA')).toMatchObject({
      street: 'Doheny State Beach, 25300 Dana Point Harbor Dr',
      city: 'Dana Point',
    });
    expect(parseAddress('Philadelphia, PA, USA')).toEqual({ city: 'Philadelphia', region: 'PA', country: 'US' });
    expect(parseAddress('Lansing, MI 48912, US')).toEqual({
      city: 'Lansing',
      region: 'MI',
      postal_code: '48912',
      country: 'US',
    });
    expect(parseAddress('2655 Chichester Ave Upper Chichester, PA  19061 United States')).toBeUndefined();
    expect(parseAddress('somewhere')).toBeUndefined();
  });

  it('decodes the HTML entities WordPress-made feeds carry', () => {
    expect(decodeEntities('Women&#039;s &amp; Men&#8217;s &quot;Q&amp;A&quot; &bogus;')).toBe(
      'Women\'s & Men’s "Q&A" &bogus;',
    );
  });

  it('makes file-name slugs of at most 80 characters', () => {
    expect(slugify('Shoulder_Shoulder Group-Sun12am')).toBe('shoulder-shoulder-group-sun12am');
    expect(slugify('Café Ñandú')).toBe('cafe-nandu');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
