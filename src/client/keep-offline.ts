/**
 * "Keep for offline" on the list page: once the list shows listings and a service worker runs,
 * it offers to save this list's listing pages and the data the list reads, so a coach's list
 * works with no signal. The worker does the saving (src/integrations/offline/worker-extra.ts).
 */
import { plural } from '#i18n/text.ts';
import { keepForOffline, savedOnText } from './offline.ts';
import { pageWords } from './page-words.ts';

interface KeepWords {
  button: string;
  saving: string;
  saved: { one: string; other: string };
  failed: string;
  unavailable: string;
  locale: string;
}

/** What the list needs offline: its listing pages, the list data it read, and the page itself. */
export function listUrls(doc: Document, win: Window = window): string[] {
  const pages = [...doc.querySelectorAll<HTMLAnchorElement>('[data-list-items] a[href*="/listings/"]')].map(
    (a) => a.href.split('#')[0]!,
  );
  const data = win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.includes('/list/data/'));
  return [...new Set([...pages, ...data, win.location.href])];
}

export function startKeepOffline(doc: Document): void {
  const section = doc.querySelector<HTMLElement>('[data-keep-offline]');
  const button = doc.querySelector<HTMLButtonElement>('[data-keep-button]');
  const status = doc.querySelector<HTMLElement>('[data-keep-status]');
  const items = doc.querySelector<HTMLElement>('[data-list-items]');
  const words = pageWords<KeepWords>(doc, 'keepOffline');
  const win = doc.defaultView;
  if (!section || !button || !status || !items || !words || !win || !('serviceWorker' in win.navigator)) return;
  // Offered only while the list has listings.
  const show = () => {
    section.hidden = items.querySelector('a[href*="/listings/"]') === null;
  };
  new MutationObserver(show).observe(items, { childList: true, subtree: true });
  show();
  button.addEventListener('click', async () => {
    const pages = listUrls(doc, win);
    const listings = pages.filter((url) => new URL(url).pathname.includes('/listings/')).length;
    button.disabled = true;
    status.textContent = words.saving;
    const saved = await keepForOffline(pages, win).catch(() => 0);
    button.disabled = false;
    if (saved === undefined) status.textContent = words.unavailable;
    else if (saved === 0) status.textContent = words.failed;
    else {
      const date = savedOnText(new Date(), words.locale);
      status.textContent = plural(words.locale, words.saved, Math.min(saved, listings), { date });
    }
  });
}
