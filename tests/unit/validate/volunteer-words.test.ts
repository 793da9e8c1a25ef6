/**
 * The small readers behind the volunteer messages: field names in words, near misses by meaning,
 * day ranges, and the guesses behind the privacy and person-first warnings, each with the
 * ordinary text they must stay quiet on.
 */
import { describe, expect, it } from 'vitest';
import { daysInRange } from '#lib/validate/day-ranges.ts';
import { formatPath, ordinal } from '#lib/validate/field-names.ts';
import { personalMailDomain, personNames } from '#lib/validate/personal-details.ts';
import { labellingWords } from '#lib/validate/person-first.ts';
import { suggestValue } from '#lib/validate/suggest.ts';
import { CATEGORY_IDS, PATHWAY_IDS, SUPPORT_IDS, ALL_PATHWAYS, WEEKDAY_IDS } from '#taxonomy';

describe('field names', () => {
  it('counts from 1 in words, after the keys as written', () => {
    expect(formatPath(['schedule', 0, 'start'])).toBe('schedule.start (1st meeting time)');
    expect(formatPath(['hours', 1, 'days', 2])).toBe('hours.days (2nd set of hours, 3rd day)');
    expect(formatPath(['support', 0])).toBe('support (1st value)');
    expect(formatPath(['translations', 'es', 'summary'])).toBe('translations.es.summary');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal).join(' ')).toBe(
      '1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 101st',
    );
  });
});

describe('near misses', () => {
  const pathways = [...PATHWAY_IDS, ALL_PATHWAYS];
  it.each([
    ['dentist', CATEGORY_IDS, 'dental'],
    ['housing', CATEGORY_IDS, 'recovery-housing'],
    ['AA', pathways, 'twelve-step'],
    ['12-step', pathways, 'twelve-step'],
    ['12 Step', pathways, 'twelve-step'],
    ['practical', SUPPORT_IDS, 'instrumental'],
    ['community', SUPPORT_IDS, 'affiliational'],
    ['Fri', WEEKDAY_IDS, 'friday'],
    ['childcare', CATEGORY_IDS, 'childcare-family'],
  ])('%s → %s', (input, values, expected) => expect(suggestValue(input, values)).toBe(expected));

  it('suggests nothing for a word two terms share, or nothing like any', () => {
    expect(suggestValue('weekend', WEEKDAY_IDS)).toBeUndefined();
    expect(suggestValue('banana', SUPPORT_IDS)).toBeUndefined();
  });
});

describe('day ranges', () => {
  it('spells out ranges and groups, in week order, wrapping past Sunday', () => {
    expect(daysInRange('monday-friday')).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    expect(daysInRange('Fri to Mon')).toEqual(['friday', 'saturday', 'sunday', 'monday']);
    expect(daysInRange('weekends')).toEqual(['saturday', 'sunday']);
    expect(daysInRange('monday')).toBeUndefined();
    expect(daysInRange('open-late')).toBeUndefined();
  });
});

describe('personal details', () => {
  it('knows the personal mail services, not an organisation’s own domain', () => {
    expect(personalMailDomain('Jo@Gmail.com')).toBe('gmail.com');
    expect(personalMailDomain('a@hotmail.co.uk')).toBe('hotmail.co.uk');
    expect(personalMailDomain('hello@example.org')).toBeUndefined();
  });

  it('finds a first and last name, with or without a middle initial', () => {
    expect(personNames('Ask for Maria Gonzalez at the desk.')).toEqual(['Maria Gonzalez']);
    expect(personNames('Led by John Q. Smith, LMSW')).toEqual(['John Q. Smith']);
    expect(personNames('Pregúntele a José Hernández')).toEqual(['José Hernández']);
  });

  it('stays quiet on places, organisations and first names alone', () => {
    for (const text of [
      'Hope Street Pantry',
      'St. John Lutheran Church',
      'Martin Luther King Jr. Blvd',
      'Crystal Clear CMA',
      'San José Parish',
      'Paul House',
      'Ask for Mary.',
      'Mary Ann',
      'Riverside Grace Fellowship',
      'Willow Creek Friends Meeting',
    ]) {
      expect(personNames(text), text).toEqual([]);
    }
    expect(personNames('Celebrate Recovery at Mason Hillside', new Set(['mason']))).toEqual([]);
  });
});

describe('person-first words', () => {
  it('finds the labels, in English and Spanish', () => {
    const found = (text: string) => labellingWords(text).map((f) => f.phrase);
    expect(found('Any addict who wants to stay clean')).toEqual(['addict', 'stay clean']);
    expect(found('90 days clean; a dirty drug test')).toEqual(['90 days clean', 'dirty drug test']);
    expect(found('substance abuse counseling')).toEqual(['substance abuse']);
    expect(found('para drogadictos que quieren mantenerse limpios')).toEqual(['drogadictos', 'mantenerse limpios']);
    expect(found('una prueba de orina sucia')).toEqual(['prueba de orina sucia']);
  });

  it('stays quiet on clean and dirty as ordinary words, and on proper names', () => {
    for (const text of [
      'Free clean clothes and a clean kitchen',
      'Dirty laundry is washed for you',
      'Substance Abuse and Mental Health Services Administration',
      'domestic abuse advocates',
      'Alcoholics Anonymous',
      'ropa limpia y duchas',
    ]) {
      expect(labellingWords(text), text).toEqual([]);
    }
  });
});
