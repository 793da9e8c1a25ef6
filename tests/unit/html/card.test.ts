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
});
