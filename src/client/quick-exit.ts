/**
 * The quick exit (src/components/QuickExit.astro): every `[data-quick-exit]` link, and Shift
 * pressed three times, blank the page at once, clear what the site keeps on this device and put
 * the neutral page in place of this one in the history, so Back does not return here. Without
 * JavaScript the link still opens the neutral page.
 */
import { ShiftCounter } from './quick-exit-shortcut.ts';

/** How long the page waits for the clearing to finish before it leaves anyway. */
const CLEAR_WAIT_MS = 300;

/** True when focus is somewhere a person types: there Shift is for capitals. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/** Everything this site keeps on the device: storage, saved pages and the service worker. */
export async function clearSiteData(win: Window = window): Promise<void> {
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      win[storage].clear();
    } catch {
      // Storage can be switched off; then there is nothing in it.
    }
  }
  const tasks: Promise<unknown>[] = [];
  if ('caches' in win) {
    tasks.push(win.caches.keys().then((names) => Promise.all(names.map((name) => win.caches.delete(name)))));
  }
  if ('serviceWorker' in win.navigator) {
    tasks.push(
      win.navigator.serviceWorker
        .getRegistrations()
        .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister()))),
    );
  }
  await Promise.allSettled(tasks);
}

/** Blanks the page, clears the site's data and replaces this page in the history with `url`. */
export function leave(url: string, doc: Document = document): void {
  const win = doc.defaultView ?? window;
  // Blank first: what matters most is that the screen shows nothing, now.
  doc.documentElement.setAttribute('data-leaving', '');
  doc.title = '';
  const wait = new Promise<void>((done) => win.setTimeout(done, CLEAR_WAIT_MS));
  void Promise.race([clearSiteData(win), wait]).finally(() => win.location.replace(url));
}

export function startQuickExit(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const url = link.href;
  doc.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[data-quick-exit]') : null;
    if (!target) return;
    event.preventDefault();
    leave(url, doc);
  });
  const counter = new ShiftCounter();
  const key = (event: KeyboardEvent) => ({
    key: event.key,
    repeat: event.repeat,
    inField: inField(event.target),
    time: event.timeStamp,
  });
  // Capture: a widget that stops its keys from spreading must not stop the shortcut.
  doc.addEventListener('keydown', (event) => counter.down(key(event)), true);
  doc.addEventListener(
    'keyup',
    (event) => {
      if (counter.up(key(event))) leave(url, doc);
    },
    true,
  );
  // Back to this page from the browser's page cache (Forward, or another tab's history): show it.
  doc.defaultView?.addEventListener('pageshow', (event) => {
    if (event.persisted) doc.documentElement.removeAttribute('data-leaving');
  });
}
