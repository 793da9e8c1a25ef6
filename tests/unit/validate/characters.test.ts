/**
 * The character rules on their own: legitimate text in many scripts passes, hidden characters do
 * not, and a long hostile value is checked in linear time.
 */
import { describe, expect, it } from 'vitest';
import { checkCharacters } from '#lib/validate/characters.ts';

/** A parsed source holding `data` (fields) and a .md body. */
const source = (data: Record<string, unknown>, body = '') => ({ data, body, bodyLine: 8, lineOf: () => 2 });
const messages = (data: Record<string, unknown>, body = '') =>
  checkCharacters('x.md', source(data, body)).map((p) => `${p.line} ${p.field}: ${p.message}`);

describe('characters in listing text', () => {
  it.each([
    ['Spanish', 'Café Esperanza — Año Nuevo, Niños'],
    ['Vietnamese', 'Nhóm Hỗ Trợ Phục Hồi'],
    ['Arabic', 'مجموعة دعم للتعافي'],
    ['Persian with a zero-width non-joiner inside a word', 'خانه\u200cی امید'],
    ['Hindi with a zero-width joiner after a virama', 'क्\u200dषमा समूह'],
    ['an emoji family (zero-width joiners)', 'Familias 👨\u200d👩\u200d👧'],
    ['an emoji with a variation selector', 'Coffee ☕\ufe0f'],
    ["Scotland's flag (tag characters)", 'Ceilidh 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}'],
  ])('accepts %s in a name', (_, name) => {
    expect(messages({ name })).toEqual([]);
  });

  it('lets a description keep line breaks, tabs, direction marks and soft hyphens', () => {
    expect(messages({}, 'Line one\n\tindented\nمرحبا\u200f (RLM) and a soft hy\u00adphen\n')).toEqual([]);
  });

  it.each([
    ['a joiner between Latin letters', 'Hope\u200dHouse', 'zero-width joiner (U+200D) at character 5'],
    ['a right-to-left mark', 'Hope House\u200f', 'right-to-left mark (U+200F) at character 11'],
    ['a soft hyphen', 'Hope Hou\u00adse', 'soft hyphen (U+00AD) at character 9'],
    ['a Hangul filler', '\u3164Hope House', 'Hangul filler (U+3164) at character 1'],
    ['a stray tag character', 'Hope\u{e0067} House', 'formatting character (U+E0067) at character 5'],
    ['a tab', 'Hope\tHouse', 'a tab (U+0009) at character 5; use a space instead'],
  ])('refuses %s in a name', (_, name, said) => {
    expect(messages({ name })).toEqual([expect.stringContaining(said)]);
  });

  it('ignores the line end a block scalar leaves after a one-line field', () => {
    expect(messages({ summary: 'Free meals\n' })).toEqual([]);
  });

  it('counts the position within the line of a multi-line value', () => {
    expect(messages({}, 'First line.\nSecond \u202eline.\n')).toEqual([
      '9 description: holds an invisible right-to-left override (U+202E) at character 8; retype the description without it',
    ]);
  });

  it('checks a long hostile value in linear time', () => {
    const start = performance.now();
    const [problem] = checkCharacters(
      'x.md',
      source({ name: `X ${'\u202e'.repeat(200_000)}` }, '\u200d'.repeat(200_000)),
    );
    checkCharacters('x.md', source({ name: `X 🏴${'\u{e0067}'.repeat(100_000)}` }));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(problem?.message).toMatch(/at character 3 \(and 199999 more like it\)/);
  });
});
