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
} {
  return parse(readFileSync(new URL('../../data/site.yaml', import.meta.url), 'utf8'));
}

export function siteRepository(): string {
  return siteConfig().repository.url;
}
