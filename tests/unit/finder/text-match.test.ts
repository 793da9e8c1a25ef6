import { describe, expect, it } from 'vitest';
import { matchedOnlyAGuess, normalizeWord, queryWords, wordsAt } from '#lib/finder/text-match.ts';

describe('telling a real word match from Pagefind’s guess', () => {
  it('normalizes words as they are compared: lower case, no accents, no punctuation', () => {
    expect(normalizeWord('Español,')).toBe('espanol');
    expect(normalizeWord('children’s')).toBe('childrens');
    expect(queryWords('  "Free"  dentist! ')).toEqual(['free', 'dentist']);
  });
  it('reads the words at the match locations the way Pagefind numbers them', () => {
    const content = 'Money Skills. In person · Lansing · 2304 S Washington Ave';
    expect(wordsAt(content, [0, 8, 99])).toEqual(['money', 's']);
  });
  it('calls a match on a letter or two of the start of a typed word a guess', () => {
    expect(matchedOnlyAGuess('suboxone', ['S'])).toBe(true);
    expect(matchedOnlyAGuess('stimulant', ['St', 'St'])).toBe(true);
    expect(matchedOnlyAGuess('free stimulant', ['Free', 'St'])).toBe(true);
  });
  it('keeps real matches: whole words, stems, words being typed and short words', () => {
    expect(matchedOnlyAGuess('suboxone', ['Suboxone'])).toBe(false);
    expect(matchedOnlyAGuess('housing', ['house'])).toBe(false);
    expect(matchedOnlyAGuess('running', ['run'])).toBe(false);
    expect(matchedOnlyAGuess('dentistry', ['dentists.'])).toBe(false);
    expect(matchedOnlyAGuess('sub', ['Suboxone'])).toBe(false);
    expect(matchedOnlyAGuess('AA', ['AA'])).toBe(false);
    expect(matchedOnlyAGuess('S', ['S'])).toBe(false);
    expect(matchedOnlyAGuess('free dental', ['Free', 'Dental', 'dental'])).toBe(false);
    expect(matchedOnlyAGuess('español', ['Espanol'])).toBe(false);
  });
  it('does not guess when it cannot tell: no words matched', () => {
    expect(matchedOnlyAGuess('anything', [])).toBe(false);
  });
});
