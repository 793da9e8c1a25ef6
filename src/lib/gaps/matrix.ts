/**
 * The coverage matrix for the whole community, worked out at build time so it prints and works
 * without JavaScript: rows are categories, columns are pathways (or populations, or languages),
 * and each cell counts the places of the region with no listing of that row and column within
 * ten miles. Counted with the same index, points and rules as the /gaps/ page's script.
 */
import { decodeBitset, type Bitset } from '#lib/finder/bitset.ts';
import type { FacetIndexJson, FacetKey } from '#lib/finder/facets.ts';
import { decodePoints, pointOf, type PointsJson } from '#lib/map/points.ts';
import { bothCount, gapCount, placeDistances, placesWithin, type GapPlace } from './coverage.ts';

/** The distance the matrix counts within. */
export const MATRIX_MILES = 10;

export interface MatrixCell {
  /** Places with no listing of this row and column within MATRIX_MILES. */
  gaps: number;
  /** Listings of this row and column anywhere. */
  listings: number;
}

export interface Matrix {
  /** The facet of the rows (`category`) and of the columns. */
  rowKey: FacetKey;
  columnKey: FacetKey;
  rows: string[];
  columns: string[];
  /** cells[row][column]. */
  cells: MatrixCell[][];
}

/** What the matrices are counted from: the finder's own files, as the build writes them. */
export interface MatrixInputs {
  index: FacetIndexJson;
  points: PointsJson;
  places: readonly GapPlace[];
}

/**
 * One matrix per column facet, rows from `rowKey`. Points are read back from points.json as the
 * browser reads them, so a place at the edge of the distance counts the same in both.
 */
export function coverageMatrices(
  { index, points, places }: MatrixInputs,
  rowKey: FacetKey,
  columnKeys: readonly FacetKey[],
): Matrix[] {
  const size = index.slugs.length;
  const decoded = decodePoints(points, size);
  const listingPoints = Array.from({ length: size }, (_, i) => pointOf(decoded, i));
  const near = placesWithin(placeDistances(places, listingPoints), size, MATRIX_MILES);
  const bitsOf = (key: FacetKey): Map<string, Bitset> =>
    new Map(index.facets[key].values.map((value, i) => [value, decodeBitset(index.facets[key].bits[i]!, size)]));
  const rowBits = bitsOf(rowKey);
  return columnKeys.map((columnKey) => {
    const columnBits = bitsOf(columnKey);
    const rows = [...rowBits.keys()];
    const columns = [...columnBits.keys()];
    return {
      rowKey,
      columnKey,
      rows,
      columns,
      cells: rows.map((row) =>
        columns.map((column) => ({
          gaps: gapCount(near, rowBits.get(row)!, columnBits.get(column)!),
          listings: bothCount(rowBits.get(row)!, columnBits.get(column)!),
        })),
      ),
    };
  });
}
