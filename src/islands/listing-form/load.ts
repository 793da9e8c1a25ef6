/**
 * What the listing form fetches from this site, each once: the checker (the validator, the file
 * writer and what they bring, the page's heaviest code, in its own chunk) and the edit data
 * files. Nothing the volunteer types is sent: a data file is chosen by the slug in the page's own
 * address or typed as the page's name, and fetched from this site.
 */
import { editDataUrl, type EditData } from '#lib/listing-form/edit-data.ts';

export type Checker = typeof import('#lib/listing-form/check.ts');

let checker: Promise<Checker> | undefined;

export function loadChecker(): Promise<Checker> {
  checker ??= import('#lib/listing-form/check.ts');
  return checker;
}

const dataFiles = new Map<string, Promise<EditData>>();

/** The data file holding `slug`; a failed fetch is forgotten, so the next ask tries again. */
export function loadEditData(folder: string, slug: string, files: number): Promise<EditData> {
  const url = editDataUrl(folder, slug, files);
  let data = dataFiles.get(url);
  if (!data) {
    data = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<EditData>;
    });
    data.catch(() => dataFiles.delete(url));
    dataFiles.set(url, data);
  }
  return data;
}
