import { describe, expect, it } from 'vitest';
import { plainText, richParts } from '#i18n/rich-text.ts';

describe('a dictionary sentence with markup', () => {
  it('splits bold words, code and named links, and fills the values', () => {
    expect(
      richParts(
        'Use **Add to my list** in [Find support](find), or run `npm run new` in {town}.',
        { town: 'Lansing' },
        {
          find: '/es/find/',
        },
      ),
    ).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'strong', text: 'Add to my list' },
      { kind: 'text', text: ' in ' },
      { kind: 'link', text: 'Find support', href: '/es/find/' },
      { kind: 'text', text: ', or run ' },
      { kind: 'code', text: 'npm run new' },
      { kind: 'text', text: ' in Lansing.' },
    ]);
  });

  it('keeps a link with no address as its words, and code as written', () => {
    expect(richParts('See [the guide](guide): `{x}`')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'text', text: 'the guide' },
      { kind: 'text', text: ': ' },
      { kind: 'code', text: '{x}' },
    ]);
  });

  it('never turns a value into markup', () => {
    const parts = richParts('From {site}.', { site: '**<b>x</b>** [a](find)' }, { find: '/find/' });
    expect(parts).toEqual([{ kind: 'text', text: 'From **<b>x</b>** [a](find).' }]);
  });

  it('gives a value in another language a piece of its own, with its language', () => {
    expect(richParts('Elegidos en {site}.', { site: { text: 'Capital Area Recovery Map', lang: 'en' } })).toEqual([
      { kind: 'text', text: 'Elegidos en ' },
      { kind: 'text', text: 'Capital Area Recovery Map', lang: 'en' },
      { kind: 'text', text: '.' },
    ]);
    expect(richParts('Acerca de {site}', { site: { text: 'Mapa' } })).toEqual([
      { kind: 'text', text: 'Acerca de Mapa' },
    ]);
  });

  it('reads as plain words without the markup', () => {
    expect(plainText('**Trust.** Every listing shows [when](x) it was checked.')).toBe(
      'Trust. Every listing shows when it was checked.',
    );
  });
});
