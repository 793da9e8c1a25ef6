/**
 * The edit form's data (/contribute/data/<n>.json): each listing's file as it is in the repository,
 * by slug, so /contribute/edit/?slug=… starts from exactly what the file says (its order, its
 * defaults as written) and an unchanged edit gives back the same file. Split into small files by
 * a hash of the slug, as the list page's data is (src/lib/my-list/share.ts): the form fetches the
 * one file its slug is in, a few kilobytes however many listings there are.
 *
 * A closed listing gives only its file's path: it has no page to edit from, but its name is
 * still taken, and a new listing must not be given it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { EditData } from '#lib/listing-form/edit-data.ts';
import { shardCount, shardOf } from '#lib/my-list/share.ts';
import { perBuild } from './per-build.ts';

export type { EditData };

export interface ListingFile {
  /** The slug. */
  id: string;
  /** The file, relative to the project root. */
  filePath?: string | undefined;
  closed: boolean;
}

/** Reads a listing's file, relative to the project root (Astro builds from there). */
const readFromProject = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');

/** The data files for every listing, in order of their number. */
export function editData(
  listings: readonly ListingFile[],
  read: (file: string) => string = readFromProject,
): EditData[] {
  const files: EditData[] = Array.from({ length: shardCount(listings.length) }, () => ({}));
  for (const { id, filePath, closed } of listings) {
    if (!filePath) continue;
    files[shardOf(id, files.length)]![id] = closed ? { file: filePath } : { file: filePath, text: read(filePath) };
  }
  return files;
}

const cache = perBuild();

/** The build's data files, made once: the endpoint writes them, the form pages count them. */
export function buildEditData(): Promise<EditData[]> {
  return cache('edit-data', () =>
    getCollection('listings').then((entries) =>
      editData(entries.map((e) => ({ id: e.id, filePath: e.filePath, closed: e.data.status === 'closed' }))),
    ),
  );
}
