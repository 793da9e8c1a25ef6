import { describe, expect, it } from 'vitest';

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
      { today: '2026-11-24', staleAfterDays: 180, level: 'h2', base: '/map/' },
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
    const context = { today: '2026-11-24', staleAfterDays: 180, level: 'h3' as const, base: '/' };
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
    // An online meeting's dial-in is how to join, not a number to call about it.
    expect(
      cardHtml({ id: 'c', data: { ...data, attendance: 'online', conference_phone: '517-555-0199' } }, context),
    ).not.toContain('card-call');
  });
  it('states recovery housing’s medication policy and who it is for', async () => {
    const { cardHtml } = await import('#lib/html/card.ts');
    const context = { today: '2026-11-24', staleAfterDays: 180, level: 'h3' as const, base: '/' };
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
