/**
 * "Open now · closes at 5:00 PM" or "Starts in 20 minutes" on a listing's page, from the device's
 * clock. The page's HTML carries the weekly hours or schedule in the listing's zone
 * (`data-live-status` with `data-kind`, `data-tz`, `data-slots`, `data-dates`); this fills in the
 * line and keeps it true while the page stays open.
 */
import { liveLine, timesFrom, type Times } from '#lib/time/open-now.ts';
import { visitorTimeZone } from '#lib/time/schedule-text.ts';
import { everyMinute } from './every-minute.ts';
import { pageTimeWords } from './time-words.ts';

function timesOf(el: HTMLElement): Times {
  const { kind, tz = 'UTC', slots = '', dates } = el.dataset;
  return timesFrom(kind === 'hours', tz, slots, dates);
}

export function startLiveStatus(doc: Document): void {
  const items = [...doc.querySelectorAll<HTMLElement>('[data-live-status]')].map((el) => ({ el, times: timesOf(el) }));
  const words = pageTimeWords(doc);
  if (items.length === 0 || !words) return;
  const run = () => {
    const now = Date.now();
    for (const { el, times } of items) {
      const { text, state } = liveLine(times, now, visitorTimeZone(times.zone), words);
      el.textContent = text;
      el.dataset.state = state;
      el.hidden = false;
    }
  };
  run();
  everyMinute(run);
}
