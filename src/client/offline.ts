/**
 * The service worker's page side: registering it (src/integrations/offline writes it), the quiet
 * note a saved page shows when there is no connection, and asking the worker to keep pages.
 * A browser with no service worker, or with it turned off, simply gets the site as before.
 */
import { fill } from '#i18n/text.ts';
import { SERVICE_WORKER_FILE } from '#lib/offline/plan.ts';
import { pageWords } from './page-words.ts';

export interface OfflineWords {
  note: string;
  noteUndated: string;
  locale: string;
}

/** Registers the worker once the page has loaded, so it never competes with the first load. */
export function registerWorker(base: string, win: Window = window): void {
  if (!('serviceWorker' in win.navigator)) return;
  const register = () => {
    win.navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base }).catch(() => {
      // No worker (a development server, a host that refuses it): the site works without one.
    });
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}

/** "Dec 5, 2026, 8:16 AM": when pages were saved on the device, in the page's locale. */
export function savedOnText(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** When the copy of this page on the device was saved: its Date header, if it is in a cache. */
async function savedAt(win: Window): Promise<Date | undefined> {
  if (!('caches' in win)) return undefined;
  const path = win.location.pathname;
  for (const key of [path, path.endsWith('/') ? `${path}index.html` : path]) {
    const response = await win.caches.match(key, { ignoreSearch: true }).catch(() => undefined);
    const date = response?.headers.get('date');
    if (date && !Number.isNaN(Date.parse(date))) return new Date(date);
  }
  return undefined;
}

/** Shows the note (`[data-offline-note]`) while there is no connection. */
export function showOfflineNote(doc: Document): void {
  const note = doc.querySelector<HTMLElement>('[data-offline-note]');
  const words = pageWords<OfflineWords>(doc, 'offline');
  const win = doc.defaultView;
  // The offline page says so itself: it is not a saved copy of the page that was asked for.
  if (!note || !words || !win || doc.querySelector('[data-offline-page]')) return;
  const update = async () => {
    if (win.navigator.onLine) {
      note.hidden = true;
      return;
    }
    const date = await savedAt(win);
    note.textContent = date ? fill(words.note, { date: savedOnText(date, words.locale) }) : words.noteUndated;
    note.hidden = false;
  };
  void update();
  win.addEventListener('online', () => void update());
  win.addEventListener('offline', () => void update());
}

/** Registers the worker (at the base path the note holds) and shows the note when offline. */
export function startOffline(doc: Document): void {
  registerWorker(doc.querySelector<HTMLElement>('[data-offline-note]')?.dataset.base ?? '/');
  showOfflineNote(doc);
}

/**
 * Asks the worker to keep `urls` (this site's pages and files) for offline use; resolves with
 * how many it saved, or undefined when there is no worker to ask.
 */
export async function keepForOffline(urls: readonly string[], win: Window = window): Promise<number | undefined> {
  if (!('serviceWorker' in win.navigator)) return undefined;
  const registration = await Promise.race([
    win.navigator.serviceWorker.ready,
    new Promise<undefined>((done) => win.setTimeout(() => done(undefined), 3000)),
  ]);
  const worker = registration?.active;
  if (!worker) return undefined;
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ saved?: number }>) => done(event.data.saved ?? 0);
    worker.postMessage({ type: 'keep', urls }, [channel.port2]);
  });
}
