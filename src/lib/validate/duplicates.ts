/**
 * Listings that are probably the same place twice: the same name at the same address under two
 * file names, as `npm run new` used to make by adding "-2" to the second. Two files then show one
 * place twice, and an update to one leaves the other stale. A warning, since two groups may
 * really share a name and a room; it names the other file so the volunteer can compare them.
 */
import type { CheckedListing } from './listing.ts';

/** "Holt Harvest Pantry" and "holt harvest pantry!" alike. */
export function comparableName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Where a listing is, for comparing: its street and town, else its map point to about 10 m,
 * else its join link; undefined when it gives none of them.
 */
function comparablePlace(data: NonNullable<CheckedListing['data']>): string | undefined {
  if (data.address?.street) return `${comparableName(data.address.street)}|${comparableName(data.address.city)}`;
  if (data.geo) return `${data.geo.lat.toFixed(4)},${data.geo.lng.toFixed(4)}`;
  return data.conference_url?.trim().toLowerCase().replace(/\/$/, '');
}

/**
 * When it meets. A group's meetings at other times in the same room are other meetings, not a
 * copy: a Meeting Guide feed lists each day and time on its own, and the importer writes a file
 * for each.
 */
function comparableTimes(data: NonNullable<CheckedListing['data']>): string {
  return (data.schedule ?? [])
    .map((entry) => `${entry.day} ${entry.start} ${entry.weeks?.join(',') ?? ''}`)
    .sort()
    .join(';');
}

/** The key two listings share when they are likely the same place, or undefined. */
export function duplicateKey(data: NonNullable<CheckedListing['data']>): string | undefined {
  const place = comparablePlace(data);
  return place === undefined ? undefined : `${comparableName(data.name)}@${place}#${comparableTimes(data)}`;
}

/** A copy's file name: "pantry-2" after "pantry", as `npm run new` and the importers name them. */
const isNumberedCopy = (listing: CheckedListing) => /-\d+$/.test(listing.slug);

/**
 * Adds a warning to each listing whose name and place another file already has: the numbered
 * copy ("pantry-2") when there is one, else the later file in path order.
 */
export function checkDuplicates(listings: readonly CheckedListing[]): void {
  const seen = new Map<string, string>();
  const order = [...listings].sort(
    (a, b) => Number(isNumberedCopy(a)) - Number(isNumberedCopy(b)) || a.file.localeCompare(b.file),
  );
  for (const checked of order) {
    const key = checked.data && duplicateKey(checked.data);
    if (!key) continue;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, checked.file);
      continue;
    }
    checked.problems.push({
      file: checked.file,
      line: checked.nameLine ?? 1,
      field: 'name',
      path: ['name'],
      message: `has the same name and address as ${earlier}, so it is probably the same place listed twice; keep one of the two files and delete the other (or give them different names if they are different things)`,
      severity: 'warning',
    });
  }
}
