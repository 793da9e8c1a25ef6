import { describe, expect, it } from 'vitest';
import { dictionary } from '#i18n/index.ts';

const LANGUAGES = ['en', 'es'];

describe('cards', () => {
  it('escapes listing text and marks stale and closed listings', async () => {
    const { cardHtml, escapeHtml } = await import('#lib/html/card.ts');
    expect(escapeHtml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
    const html = cardHtml(
      {
        id: 'x-pantry',
        data: {
          name: 'X <Pantry>',
          category: 'food',
          summary: 'Free & open',
          support: ['instrumental'],
          pathways: ['all-pathways'],
          attendance: 'hybrid',
          address: { city: 'Lansing' },
          status: 'temporarily-closed',
          last_verified: '2026-01-01',
        },
      },
      { today: '2026-11-24', staleAfterDays: 180, level: 'h2', base: '/map/', lang: 'en', languages: LANGUAGES },
    );
    expect(html).toContain('<h2><a href="/map/listings/x-pantry/">X &lt;Pantry&gt;</a></h2>');
    expect(html).toContain('Food · Lansing and online');
    expect(html).toContain('Free &amp; open');
    expect(html).toContain('All pathways welcome');
    expect(html).toContain('<strong>Temporarily closed. </strong>');
    expect(html).toContain('(may be out of date)');
  });

  it('offers a Call link when there is a number, and none without one', async () => {
    const { cardHtml } = await import('#lib/html/card.ts');
    const context = {
      today: '2026-11-24',
      staleAfterDays: 180,
      level: 'h3' as const,
      base: '/',
      lang: 'en' as const,
      languages: LANGUAGES,
    };
    const data = {
      name: 'Line',
      category: 'peer-support',
      support: ['emotional'],
      attendance: 'in-person',
      status: 'active',
      last_verified: '2026-11-01',
    };
    expect(cardHtml({ id: 'a', data: { ...data, phone: '517-555-0140' } }, context)).toContain(
      '<a class="button secondary card-call" href="tel:+15175550140">Call (517) 555-0140</a>',
    );
    // A phone-only service is called on its line.
    expect(
      cardHtml({ id: 'b', data: { ...data, attendance: 'phone', conference_phone: '(517) 555-0199' } }, context),
    ).toContain('href="tel:+15175550199"');
    // An extension is dialled too, after a pause, and shown as written.
    const withExtension = cardHtml({ id: 'e', data: { ...data, phone: '517-555-0140 ext. 2' } }, context);
    expect(withExtension).toContain('href="tel:+15175550140,2"');
    expect(withExtension).toContain('Call (517) 555-0140 ext. 2');
    // An online meeting's dial-in is how to join, not a number to call about it.
    expect(
      cardHtml({ id: 'c', data: { ...data, attendance: 'online', conference_phone: '517-555-0199' } }, context),
    ).not.toContain('card-call');
  });
  it('states recovery housing’s medication policy and who it is for', async () => {
    const { cardHtml } = await import('#lib/html/card.ts');
    const context = {
      today: '2026-11-24',
      staleAfterDays: 180,
      level: 'h3' as const,
      base: '/',
      lang: 'en' as const,
      languages: LANGUAGES,
    };
    const house = (moud: string, gender?: string) =>
      cardHtml(
        {
          id: 'h',
          data: {
            name: 'House',
            category: 'recovery-housing',
            support: ['instrumental'],
            pathways: ['all-pathways'],
            attendance: 'in-person',
            status: 'active',
            last_verified: '2026-11-01',
            housing: { moud, gender },
          },
        },
        context,
      );
    expect(house('welcome', 'women')).toContain(
      '<p class="card-policy" data-moud="welcome"><span class="visually-hidden">Medication for opioid use disorder (MOUD): </span><strong>Medication welcome</strong> · Women</p>',
    );
    expect(house('not-accepted')).toContain('<strong>Medication not accepted</strong></p>');
    expect(house('case-by-case', 'any')).toContain('Medication case by case</strong> · Any gender');
  });
});

describe('cards on a Spanish page', () => {
  const es = dictionary('es');
  const context = {
    today: '2026-11-24',
    staleAfterDays: 180,
    level: 'h2' as const,
    base: '/map/',
    lang: 'es' as const,
    languages: LANGUAGES,
  };
  const data = {
    name: 'Harbor House',
    category: 'recovery-housing',
    summary: 'Sober living for men.',
    support: ['instrumental'],
    pathways: ['all-pathways'],
    attendance: 'hybrid',
    address: { city: 'Lansing' },
    phone: '517-555-0140',
    housing: { moud: 'welcome', gender: 'men' },
    status: 'temporarily-closed',
    last_verified: '2026-01-01',
    verified_how: 'phone',
  };

  it('links to the Spanish page and says everything in Spanish', async () => {
    const { cardHtml } = await import('#lib/html/card.ts');
    const html = cardHtml({ id: 'harbor-house', data }, context);
    expect(html).toContain('href="/map/es/listings/harbor-house/"');
    expect(html).toContain(`${es.vocabulary.categories['recovery-housing'].label} · Lansing y en línea`);
    expect(html).toContain('<strong>Cerrado temporalmente. </strong>');
    expect(html).toContain(`Verificado hace 11 meses ${es.vocabulary.verifiedHow.phone.label} (puede no estar al día)`);
    expect(html).toContain('>Llamar al (517) 555-0140</a>');
    expect(html).toContain('aria-pressed="false">Agregar a mi lista</button>');
    expect(html).toContain(`<span class="visually-hidden">${es.listing.housing.moud}: </span>`);
    expect(html).toContain(`aria-label="${es.listing.badges.label}"`);
    expect(html).toContain(`<span class="visually-hidden">Camino: </span>${es.vocabulary.allPathways.label}`);
    expect(html).not.toMatch(/Verified|Call |Add to my list|Temporarily closed|Support: |Pathway: /);
  });

  it('marks an untranslated name and summary as English, and a translation not at all', async () => {
    const { cardHtml } = await import('#lib/html/card.ts');
    const untranslated = cardHtml({ id: 'h', data }, context);
    expect(untranslated).toContain('<h2 lang="en"><a href="/map/es/listings/h/">Harbor House</a></h2>');
    expect(untranslated).toContain('<p lang="en">Sober living for men.</p>');
    const translated = cardHtml(
      {
        id: 'h',
        data: { ...data, translations: { es: { name: 'Casa Harbor', summary: 'Vivienda sobria & segura.' } } },
      },
      context,
    );
    expect(translated).toContain('<h2><a href="/map/es/listings/h/">Casa Harbor</a></h2>');
    expect(translated).toContain('<p>Vivienda sobria &amp; segura.</p>');
    // The English page is untouched by the translation.
    const english = cardHtml(
      { id: 'h', data: { ...data, translations: { es: { name: 'Casa Harbor' } } } },
      {
        ...context,
        lang: 'en',
      },
    );
    expect(english).toContain('<h2><a href="/map/listings/h/">Harbor House</a></h2>');
  });

  it('caches one card per language', async () => {
    const { cachedCardHtml } = await import('#lib/html/card.ts');
    const listing = { id: 'cache-me', data };
    const spanish = cachedCardHtml(listing, context);
    const english = cachedCardHtml(listing, { ...context, lang: 'en' });
    expect(spanish).toContain('Agregar a mi lista');
    expect(english).toContain('Add to my list');
    expect(cachedCardHtml(listing, context)).toBe(spanish);
  });
});
