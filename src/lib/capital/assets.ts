/**
 * The local assets behind each check-in statement, found with the finder's own matching over the
 * facet index (/find/facets.json): a statement's categories (any of them), narrowed by its
 * pathway, population or kind of support where it names one. So an area shows exactly what
 * `/find/?category=…&pathway=…` shows, and its "See all" link opens that search.
 */
import type { CapitalStatement } from '#recovery-capital';
import type { FacetIndex, FacetKey } from '#lib/finder/facets.ts';
import { emptySelection, runFinder, serializeState as finderQuery, type FinderState } from '#lib/finder/query.ts';

/** The finder's selection for a statement. */
export function statementSelection(statement: CapitalStatement): Record<FacetKey, string[]> {
  const selected = emptySelection();
  selected.category = [...statement.categories];
  selected.pathway = [...(statement.pathways ?? [])];
  selected.population = [...(statement.populations ?? [])];
  selected.support = [...(statement.support ?? [])];
  return selected;
}

/** The finder's state for a statement, nearest first when a place is given. */
export function statementFinderState(statement: CapitalStatement, near = ''): FinderState {
  return {
    q: '',
    selected: statementSelection(statement),
    sort: near ? 'nearest' : 'best',
    view: 'list',
    near,
    radius: undefined,
    open: false,
    extra: [],
  };
}

/** `/find/?category=…` (the page's language's finder path given as `finderPath`) for a statement. */
export function finderHref(finderPath: string, statement: CapitalStatement, near = ''): string {
  return `${finderPath}${finderQuery(statementFinderState(statement, near))}`;
}

/**
 * The listings for a statement, as positions in the index, in the finder's order: nearest first
 * when `distances` (miles per listing, NaN where it has no place) is given, else by name.
 */
export function statementMatches(index: FacetIndex, statement: CapitalStatement, distances?: Float64Array): number[] {
  const near = distances ? 'here' : '';
  return runFinder(index, statementFinderState(statement, near), undefined, distances).order;
}
