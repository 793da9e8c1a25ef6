/**
 * The offline page's list of listing pages this device has saved (opened before, or kept with
 * the list), in the page's language, by name. Read from the caches only: nothing is fetched.
 */
import { CACHE_PREFIX } from '#lib/offline/plan.ts';
import { el } from './dom.ts';

/** Listing pages in the caches, as [address, name], for the language whose root is `root`. */
export async function savedListings(root: string, win: Window = window): Promise<[string, string][]> {
  if (!('caches' in win)) return [];
  const folder = `${root}listings/`;
  const isListing = (path: string) => path.startsWith(folder) && /^[^/]+\/$/.test(path.slice(folder.length));
  const caches = [`${CACHE_PREFIX}pages-`, `${CACHE_PREFIX}kept-`];
  const found = new Map<string, string>();
  for (const name of await win.caches.keys()) {
    if (!caches.some((prefix) => name.startsWith(prefix))) continue;
    const cache = await win.caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!isListing(path) || found.has(path) || found.size >= 300) continue;
      const html = await (await cache.match(request))?.text();
      const title = html && new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim();
      if (title) found.set(path, title);
    }
  }
  const collator = new Intl.Collator(win.document.documentElement.lang || undefined);
  return [...found].sort((a, b) => collator.compare(a[1], b[1]));
}

export async function listSavedListings(doc: Document): Promise<void> {
  const list = doc.querySelector<HTMLElement>('[data-saved-listings]');
  const none = doc.querySelector<HTMLElement>('[data-saved-none]');
  if (!list || !none) return;
  const listings = await savedListings(list.dataset.root ?? '/').catch(() => []);
  if (listings.length === 0) return;
  list.replaceChildren(
    ...listings.map(([href, name]) => {
      const item = el('li');
      const link = el('a', name);
      link.href = href;
      item.append(link);
      return item;
    }),
  );
  list.hidden = false;
  none.hidden = true;
}
