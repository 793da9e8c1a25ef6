/** iCalendar text (src/lib/open-data/ical/text.ts): lines folded at 75 octets, TEXT values escaped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '#lib/open-data/ical/text.ts';
import { calendar, events, meeting, octets, physicalLines, prop } from './calendars.ts';

describe('folding', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = `DESCRIPTION:${'x'.repeat(63)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long line into lines of at most 75 octets, each continuation starting with a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `SUMMARY:${'é€🙂'.repeat(40)}`;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of foldLine(line).split('\r\n')) {
      const bytes = new TextEncoder().encode(part);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A cut character would make this physical line invalid UTF-8 on its own.
      expect(() => decoder.decode(bytes)).not.toThrow();
    }
  });

  it('folds any text so that unfolding gives it back', () => {
    // A content line never holds a line break (escapeText writes them as \n), and one in the
    // input would be read back as a fold: about one run in fifty drew "\r\n" and failed.
    const contentLine = fc.string({ unit: 'binary', maxLength: 400 }).filter((text) => !/[\r\n]/.test(text));
    fc.assert(
      fc.property(contentLine, (text) => {
        const parts = foldLine(`X:${text}`).split('\r\n');
        expect(parts.every((p) => octets(p) <= 75)).toBe(true);
        expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`X:${text}`);
      }),
    );
  });

  it('keeps every line of a calendar within 75 octets and ends every line with CRLF', () => {
    const ics = calendar([
      meeting({ name: 'Grupo Nueva Esperanza — reunión en español, con café y pan dulce 🙂'.repeat(2) }),
    ]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

describe('escaping', () => {
  it.each([
    ['back\\slash', 'back\\\\slash'],
    ['semi;colon', 'semi\\;colon'],
    ['a, b', 'a\\, b'],
    ['line\nbreak', 'line\\nbreak'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['bell\u0007gone', 'bellgone'],
  ])('%j → %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });

  it('escapes the name, the description and the location', () => {
    const [event] = events(
      calendar([meeting({ name: 'Hope; Faith, and Love\\Peace', summary: 'Line one\nLine two' })]),
    );
    expect(prop(event!, 'SUMMARY')).toBe('Hope\\; Faith\\, and Love\\\\Peace');
    expect(prop(event!, 'DESCRIPTION')).toMatch(/^Line one\\nLine two\\n/);
    expect(prop(event!, 'LOCATION')).toBe('1211 Turner St\\, Lansing\\, MI 48906');
  });
});
