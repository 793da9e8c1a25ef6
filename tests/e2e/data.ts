/** Reads the project's own listing files, so tests pick real examples instead of hard-coding them. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';

export interface ListingFile {
  slug: string;
  file: string;
  data: Record<string, unknown> & { name: string; category: string; status?: string };
}

const root = new URL('../../data/listings/', import.meta.url).pathname;

export function readListings(): ListingFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|ya?ml)$/.test(f) && !basename(f).startsWith('_') && basename(f).toLowerCase() !== 'readme.md')
    .map((f) => {
      const text = readFileSync(join(root, f), 'utf8').replace(/^\uFEFF/, '');
      const yaml = f.endsWith('.md') ? (text.split(/^---\s*$/m)[1] ?? '') : text;
      return { slug: basename(f, extname(f)), file: f, data: parse(yaml) };
    });
}

export const published = () => readListings().filter((l) => l.data.status !== 'closed');

/** data/site.yaml as written (defaults are not filled in). */
export function siteConfig(): {
  repository: { url: string };
  region: { name: string; bounds: [[number, number], [number, number]] };
  map?: { tile_url?: string };
  timezone: string;
} {
  return parse(readFileSync(new URL('../../data/site.yaml', import.meta.url), 'utf8'));
}

export function siteRepository(): string {
  return siteConfig().repository.url;
}

/** A schedule entry as written in a listing file. */
export interface ScheduleEntry {
  day: string;
  start: string;
  end?: string;
  weeks?: (number | 'last')[];
  every_other_week_from?: string;
}

/** True when an entry meets every week (it names no weeks of the month and no every-other-week date). */
export const everyWeek = (entry: ScheduleEntry) => !entry.weeks && !entry.every_other_week_from;

/**
 * Whether an entry meets on a date ("YYYY-MM-DD") on its weekday, read plainly from the file:
 * the n-th week holds days 7n−6 to 7n, the last is within a week of the month's end, and every
 * other week counts 14 days from the given date. Written out here, not taken from the site's code.
 */
export function meetsOn(entry: ScheduleEntry, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (entry.weeks) {
    const monthDays = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return entry.weeks.some((w) => (w === 'last' ? day + 7 > monthDays : Math.ceil(day / 7) === w));
  }
  if (entry.every_other_week_from) {
    const days =
      (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${entry.every_other_week_from}T00:00:00Z`)) / 86_400_000;
    return days >= 0 && days % 14 === 0;
  }
  return true;
}

/** One page of every type, listing pages picked from the files to cover their variants. */
export function onePageOfEachType(): string[] {
  const listings = published();
  const pick = (pred: (l: (typeof listings)[number]) => boolean) => listings.find(pred)?.slug;
  const details = [
    pick((l) => l.data.category === 'recovery-housing'),
    pick((l) => l.data.category === 'mutual-aid-meeting' && l.data.attendance === 'online'),
    pick((l) => Array.isArray(l.data.hours)),
    pick((l) => l.data.location_private === true),
    pick((l) => l.data.status === 'temporarily-closed'),
  ];
  return [
    '/',
    '/find/',
    '/map/',
    '/meetings/',
    '/search/',
    '/categories/',
    '/categories/recovery-housing/',
    '/support/instrumental/',
    '/pathways/medication-assisted/',
    '/list/',
    '/about/',
    '/contribute/',
    // The listing form, drawn in the browser (tests/e2e/listing-form.spec.ts tests it in use).
    '/contribute/new/',
    '/no-such-page/',
    ...details.filter(Boolean).map((slug) => `/listings/${slug}/`),
  ];
}
