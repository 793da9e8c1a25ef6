/**
 * The words a page handed its scripts (src/components/PageWords.astro), by name. Browser
 * scripts never import a dictionary: they would ship every language to every page.
 */
import type { TimeWords } from '#i18n/dictionary.ts';

export function pageWords<T>(doc: Document, name: string): T | undefined {
  const holder = doc.querySelector<HTMLElement>(`[data-page-words="${name}"]`);
  if (!holder?.dataset.words) return undefined;
  try {
    return JSON.parse(holder.dataset.words) as T;
  } catch {
    return undefined;
  }
}

/** The page's time words (with its locale), for the live status lines and the meetings page. */
export function pageTimeWords(doc: Document): TimeWords | undefined {
  return pageWords<TimeWords>(doc, 'time');
}
