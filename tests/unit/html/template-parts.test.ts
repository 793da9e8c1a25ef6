import { describe, expect, it } from 'vitest';
import { aroundPlaceholder } from '#lib/html/template-parts.ts';

describe('a sentence with an element inside', () => {
  it('splits around the placeholder, wherever each language puts it', () => {
    expect(aroundPlaceholder('{link} by e-mail.', 'link')).toEqual(['', ' by e-mail.']);
    expect(aroundPlaceholder('Llame antes de ir y {tellUs} si algo cambió.', 'tellUs')).toEqual([
      'Llame antes de ir y ',
      ' si algo cambió.',
    ]);
  });

  it('keeps a sentence without the placeholder whole, and other placeholders as written', () => {
    expect(aroundPlaceholder('No link here', 'link')).toEqual(['No link here', '']);
    expect(aroundPlaceholder('{a} and {link}', 'link')).toEqual(['{a} and ', '']);
  });
});
