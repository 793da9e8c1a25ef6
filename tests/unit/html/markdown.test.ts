import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { renderDescription, renderPlainParagraphs } from '#lib/html/markdown.ts';

describe('descriptions', () => {
  it('renders Markdown and escapes any HTML', () => {
    expect(renderDescription('Hello **there**')).toBe('<p>Hello <strong>there</strong></p>');
    expect(renderDescription('<script>alert(1)</script>')).not.toContain('<script>');
    expect(renderDescription('')).toBe('');
  });

  it('renders plain paragraphs without the parser, exactly as micromark does', () => {
    const text = 'A peer-run home in Holt; "no fees" for 30 days.\nCall first!\n\n12 beds, 2:00 pm check-in.\n';
    expect(renderPlainParagraphs(text)).toBe(micromark(text));
    expect(renderPlainParagraphs(text)).toContain('&quot;no fees&quot;');
  });

  it.each([
    ['emphasis', 'Open **every** day'],
    ['a link', 'See [the site](https://example.org)'],
    ['a list', 'Bring:\n- ID\n- a snack'],
    ['a numbered list', '1. Call\n2. Visit'],
    ['a heading', '# Hours'],
    ['an underlined heading', 'Hours\n-----'],
    ['an entity', 'Fish &amp; chips'],
    ['indented code', '    code'],
    ['a hard line break', 'Line one  \nline two'],
    ['HTML', 'a <b>bold</b> move'],
  ])('leaves %s to micromark', (_, text) => {
    expect(renderPlainParagraphs(text)).toBeUndefined();
    expect(renderDescription(text)).toBe(micromark(text));
  });

  it('never differs from micromark on text it accepts (property)', () => {
    const char = fc.constantFrom(...'ab Zé  \n\n.,-12)("\':/!?@%$&{};—*_#>=[]`\\<~|+\t');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const fast = renderPlainParagraphs(text);
        if (fast !== undefined && text.trim() !== '') expect(fast).toBe(micromark(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
