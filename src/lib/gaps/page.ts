/**
 * The /gaps/ page's values for one language, worked out at build time: the choices a planner
 * makes (the finder's facets, with labels in the page's language) and the coverage matrices as
 * tables whose every number links to its combination. The per-place table, the map and the
 * biggest gaps follow the planner's choices, so the page's script works those out.
 */
import type { FacetGroup } from '#lib/finder/facet-groups.ts';
import type { FacetKey } from '#lib/finder/facets.ts';
import { fill } from '#i18n/text.ts';
import type { Dictionary } from '#i18n/dictionary.ts';
import type { Matrix } from './matrix.ts';
import { MATRIX_MILES } from './matrix.ts';
import { gapsQuery, parseGapsState } from './state.ts';

export type GapsWords = Dictionary['gaps'];

/** The choices, in the order a planner thinks of them: what, then for whom and how. */
export const CONTROL_ORDER: readonly FacetKey[] = [
  'category',
  'pathway',
  'support',
  'population',
  'language',
  'accessibility',
  'cost',
  'attendance',
];

/** The choices shown at once; the rest wait behind "More choices", so a phone reaches the answer. */
export const FIRST_CONTROLS: readonly FacetKey[] = ['category', 'pathway'];

export interface GapsControl {
  key: FacetKey;
  label: string;
  /** Behind "More choices". */
  more: boolean;
  options: { value: string; label: string }[];
}

export interface MatrixCellView {
  gaps: number;
  /** No listing of this row and column at all. */
  empty: boolean;
  /** How the cell is shaded: every place covered, some places without, or every place without. */
  tone: 'covered' | 'partial' | 'missing';
  href: string;
  /** The cell's full sentence, for screen readers and the tooltip. */
  label: string;
}

export interface MatrixView {
  heading: string;
  columns: { key: FacetKey; value: string; label: string }[];
  rows: { value: string; label: string; cells: MatrixCellView[] }[];
}

export interface GapsPage {
  controls: GapsControl[];
  matrices: MatrixView[];
}

/**
 * `groups` are the finder's filter groups in the page's language; `matrices` come from
 * coverageMatrices (pathways, then populations, then languages, which share the second table);
 * `places` is how many places the region has; `gapsPath` the page's own path in its language.
 */
export function gapsPage(
  words: GapsWords,
  groups: readonly FacetGroup[],
  matrices: readonly Matrix[],
  places: number,
  gapsPath: string,
): GapsPage {
  const labels = new Map(groups.map((g) => [g.key, new Map(g.options.map((o) => [o.value, o.label]))]));
  const label = (key: FacetKey, value: string) => labels.get(key)?.get(value) ?? value;
  const controls = CONTROL_ORDER.map((key) => ({
    key,
    more: !FIRST_CONTROLS.includes(key),
    label: words.controls[key as keyof GapsWords['controls']] as string,
    options: (groups.find((g) => g.key === key)?.options ?? []).map((o) => ({ value: o.value, label: o.label })),
  }));
  const view = (heading: string, parts: readonly Matrix[]): MatrixView => {
    const [first] = parts;
    const columns = parts.flatMap((m) =>
      m.columns.map((value) => ({ key: m.columnKey, value, label: label(m.columnKey, value) })),
    );
    return {
      heading,
      columns,
      rows: (first?.rows ?? []).map((row, r) => ({
        value: row,
        label: label(first!.rowKey, row),
        cells: parts.flatMap((m) =>
          m.columns.map((column, c) => {
            const cell = m.cells[r]![c]!;
            const names = { row: label(m.rowKey, row), column: label(m.columnKey, column) };
            const state = parseGapsState(`${m.rowKey}=${row}&${m.columnKey}=${column}`);
            return {
              gaps: cell.gaps,
              empty: cell.listings === 0,
              tone: cell.gaps === 0 ? 'covered' : cell.gaps >= places ? 'missing' : 'partial',
              href: `${gapsPath}${gapsQuery(state)}`,
              label:
                cell.listings === 0
                  ? fill(words.matrix.nothing, names)
                  : fill(words.matrix.cell, { ...names, n: cell.gaps, places, miles: MATRIX_MILES }),
            };
          }),
        ),
      })),
    };
  };
  const [pathways, ...people] = matrices;
  return {
    controls,
    matrices: [
      ...(pathways ? [view(words.matrix.pathways, [pathways])] : []),
      ...(people.length > 0 ? [view(words.matrix.people, people)] : []),
    ],
  };
}
