/**
 * The edit form's data files (/contribute/data/<n>.json, written by src/lib/content/edit-data.ts):
 * each listing's file by slug, split by a hash of the slug so a page fetches only the one file its
 * slug is in. Shared by the build that writes them and the form that reads them.
 */
import { shardOf } from '#lib/my-list/share.ts';

/** One listing's entry: where its file is, and its text (none for a closed listing). */
export interface EditFile {
  file: string;
  text?: string;
}

/** One data file: entries by slug. */
export type EditData = Record<string, EditFile>;

/** The address of the data file that holds `slug`, out of `files` (`folder` ends with a slash). */
export function editDataUrl(folder: string, slug: string, files: number): string {
  return `${folder}${shardOf(slug, files)}.json`;
}
