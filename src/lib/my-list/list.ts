/**
 * The hand-picked list ("My list"): a coach picks a few listings for one person, and the list
 * travels as a link (`/list/?ids=a,b,c&note=…`), a QR code, a text message or a printout. Nothing
 * about anyone is stored anywhere but in that link and, if they choose, this device's
 * localStorage (slugs only, never the note).
 *
 * This module is the list of slugs itself and the query that carries it. It stays pure and tiny
 * because the "Add to my list" buttons load it on every page, the finder's included, whose script
 * budget is nearly spent; what only the list page needs is in src/lib/my-list/share.ts.
 */

/** Where this device keeps its list: the slugs in order, comma-separated, as in the link. */
export const STORAGE_KEY = 'recovery-map:list';

/** A list is for one conversation, not a directory; the cap also keeps the link's QR code scannable. */
export const MAX_ITEMS = 30;

// The same rule as listing file names (src/schemas/listing.ts); repeated here so the browser
// bundle does not pull in the schema library.
const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "a,b,a, C" → ["a", "b", "c"]: slugs in order, each once, anything that cannot be a slug dropped. */
export function parseIds(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const part of value.split(',')) {
    const slug = part.trim().toLowerCase();
    if (SLUG_RE.test(slug) && !ids.includes(slug)) ids.push(slug);
  }
  return ids.slice(0, MAX_ITEMS);
}

/** The slugs without `slug`. */
export function removeItem(ids: readonly string[], slug: string): string[] {
  return ids.filter((id) => id !== slug);
}

/**
 * Adds `slug` at the end, or takes it off when it is already on the list (the "Add" button
 * toggles). A full list comes back unchanged.
 */
export function toggleItem(ids: readonly string[], slug: string): string[] {
  if (ids.includes(slug)) return removeItem(ids, slug);
  return ids.length >= MAX_ITEMS ? [...ids] : [...ids, slug];
}

/** The slugs with the one at `index` moved `by` places (−1 up, +1 down); unchanged at the ends. */
export function moveItem(ids: readonly string[], index: number, by: number): string[] {
  const to = index + by;
  const next = [...ids];
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return next;
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** True when two lists hold the same slugs in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** What a list link says: the slugs in order and the note. */
export interface ListState {
  ids: string[];
  note: string;
}

/**
 * The query for a list: `?ids=a,b,c&note=…`. Commas stay literal (slugs never need escaping), so
 * the link stays readable when read aloud or typed from paper, and its QR code stays small. Here
 * rather than in share.ts because the header's "My list" link uses it on every page.
 */
export function listQuery({ ids, note }: ListState): string {
  const parts = [`ids=${ids.join(',')}`];
  if (note) parts.push(`note=${encodeURIComponent(note)}`);
  return `?${parts.join('&')}`;
}
