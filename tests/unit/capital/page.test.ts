import { describe, expect, it } from 'vitest';
import { capitalPage } from '#lib/capital/page.ts';
import { CAPITAL_STATEMENT_IDS } from '#recovery-capital';
import { CATEGORIES } from '#taxonomy';
import { dictionary } from '#i18n/index.ts';
import { labelIn } from '#i18n/terms.ts';

describe('the check-in page values', () => {
  it('groups every statement under its area, with its answers and the category pages that help', () => {
    const page = capitalPage(
      dictionary('es').capital,
      (id) => labelIn(CATEGORIES, id, 'es'),
      (path) => `/es${path}`,
    );
    expect(page.areas.flatMap((a) => a.statements.map((s) => s.id))).toEqual([...CAPITAL_STATEMENT_IDS]);
    expect(page.ratings.map((r) => r.value)).toEqual([5, 4, 3, 2, 1]);
    expect(page.ratings[0]!.label).toBe('Totalmente de acuerdo');
    const home = page.areas[0]!.statements[0]!;
    expect(home).toMatchObject({ id: 'sober-home', categories: 'recovery-housing' });
    expect(home.links).toEqual([
      {
        id: 'recovery-housing',
        label: labelIn(CATEGORIES, 'recovery-housing', 'es'),
        href: '/es/categories/recovery-housing/',
      },
    ]);
    expect(page.areas.find((a) => a.id === 'health')!.statements.map((s) => s.categories)).toContain('treatment');
  });
});
