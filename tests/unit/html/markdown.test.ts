import { readFileSync } from 'node:fs';
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

  it('renders tel: links that dial (micromark alone leaves their href empty)', () => {
    const file = readFileSync(new URL('../../fixtures/valid/many-scripts.md', import.meta.url), 'utf8');
    const body = file.slice(file.indexOf('\n---\n', 4) + 5);
    const html = renderDescription(body);
    expect(html).toContain('<a href="tel:+15175550142">the office</a>');
    expect(html).toContain('<a href="tel:988">988</a>');
    expect(html).toContain('<a href="https://www.example.org/">example.org</a>');
    expect(html).not.toContain('href=""');
  });

  it('restores tel: links by reference and as autolinks, and nothing else micromark dropped', () => {
    expect(renderDescription('[Call][office] or <tel:988>.\n\n[office]: tel:517-555-0142')).toBe(
      '<p><a href="tel:+15175550142">Call</a> or <a href="tel:988">tel:988</a>.</p>\n',
    );
    // Not a number, and a script: both keep micromark's empty href.
    expect(renderDescription('[a](tel:call-us) [b](javascript:alert(1)) [c](tel:5175550142)')).toBe(
      '<p><a href="">a</a> <a href="">b</a> <a href="tel:+15175550142">c</a></p>',
    );
    // A link in an image's words writes no <a>, and must not shift the links after it.
    expect(renderDescription('![a [b](tel:5175550100) c](https://x.example/i.png) [d](tel:5175550142)')).toContain(
      '<a href="tel:+15175550142">d</a>',
    );
  });
});
