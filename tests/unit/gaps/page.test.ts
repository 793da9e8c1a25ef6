import { describe, expect, it } from 'vitest';
import { dictionary } from '#i18n/index.ts';
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import type { Matrix } from '#lib/gaps/matrix.ts';
import { CONTROL_ORDER, gapsPage } from '#lib/gaps/page.ts';

const groups: FacetGroup[] = [
  {
    key: 'category',
    legend: 'Tipo',
    options: [
      { value: 'recovery-housing', label: 'Vivienda de recuperación' },
      { value: 'food', label: 'Comida' },
    ],
  },
  { key: 'pathway', legend: 'Camino', options: [{ value: 'secular', label: 'Laico' }] },
  { key: 'language', legend: 'Idioma', options: [{ value: 'es', label: 'Español' }] },
  { key: 'population', legend: 'Para', options: [{ value: 'women', label: 'Mujeres' }] },
];

const matrix = (columnKey: Matrix['columnKey'], column: string, cells: Matrix['cells']): Matrix => ({
  rowKey: 'category',
  columnKey,
  rows: ['recovery-housing', 'food'],
  columns: [column],
  cells,
});

describe('the /gaps/ page values', () => {
  const words = dictionary('es').gaps;
  const page = gapsPage(
    words,
    groups,
    [
      matrix('pathway', 'secular', [[{ gaps: 0, listings: 3 }], [{ gaps: 4, listings: 0 }]]),
      matrix('population', 'women', [[{ gaps: 2, listings: 1 }], [{ gaps: 4, listings: 2 }]]),
      matrix('language', 'es', [[{ gaps: 1, listings: 1 }], [{ gaps: 3, listings: 1 }]]),
    ],
    4,
    '/es/gaps/',
  );

  it('offers the choices in a planner’s order, labelled in the page’s language', () => {
    expect(page.controls.map((c) => c.key)).toEqual([...CONTROL_ORDER]);
    expect(page.controls.filter((c) => !c.more).map((c) => c.key)).toEqual(['category', 'pathway']);
    expect(page.controls[0]!.label).toBe(words.controls.category);
    expect(page.controls[0]!.options.map((o) => o.label)).toEqual(['Vivienda de recuperación', 'Comida']);
    // A facet no listing uses offers nothing to choose.
    expect(page.controls.find((c) => c.key === 'cost')!.options).toEqual([]);
  });

  it('puts pathways in one table and populations with languages in the other', () => {
    expect(page.matrices.map((m) => m.heading)).toEqual([words.matrix.pathways, words.matrix.people]);
    expect(page.matrices[1]!.columns.map((c) => `${c.key}=${c.value}`)).toEqual(['population=women', 'language=es']);
    expect(page.matrices[1]!.rows[1]!.cells.map((c) => c.gaps)).toEqual([4, 3]);
  });

  it('shades each cell by its places without, links it to its combination and names it in words', () => {
    const [housing, food] = page.matrices[0]!.rows;
    expect(housing!.label).toBe('Vivienda de recuperación');
    expect(housing!.cells[0]).toMatchObject({
      gaps: 0,
      empty: false,
      tone: 'covered',
      href: '/es/gaps/?category=recovery-housing&pathway=secular',
    });
    expect(housing!.cells[0]!.label).toContain('Laico');
    expect(food!.cells[0]).toMatchObject({ gaps: 4, empty: true, tone: 'missing' });
    expect(page.matrices[1]!.rows[0]!.cells[0]!.tone).toBe('partial');
    expect(page.matrices[1]!.rows[0]!.cells[0]!.label).toMatch(/2.*4/);
  });
});
