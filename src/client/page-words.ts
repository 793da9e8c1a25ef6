/**
 * The words a page handed its scripts (src/components/PageWords.astro), by name. Browser
 * scripts never import a dictionary: they would ship every language to every page.
 */

/**
 * What each document's holders said, read once: the words never change after the page is built,
 * and a lookup costs a walk over the whole document (the finder asks for every card it annotates).
 */
const read = new WeakMap<Document, Map<string, unknown>>();

export function pageWords<T>(doc: Document, name: string): T | undefined {
  let known = read.get(doc);
  if (!known) read.set(doc, (known = new Map()));
  if (!known.has(name)) known.set(name, readWords(doc, name));
  return known.get(name) as T | undefined;
}

function readWords(doc: Document, name: string): unknown {
  const holder = doc.querySelector<HTMLElement>(`[data-page-words="${name}"]`);
  if (!holder?.dataset.words) return undefined;
  try {
    return JSON.parse(holder.dataset.words) as unknown;
  } catch {
    return undefined;
  }
}
