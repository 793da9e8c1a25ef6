/**
 * The start page's "Meetings this week" on the visitor's device: opens today (today in the
 * community's time zone) and puts it first, then marks today's sessions that have ended (or that
 * skip this week) and moves them below the ones still to come. Re-checked every minute, so a page left open stays
 * true. Nothing leaves the device.
 */
import { endedLast, hasEndedToday } from '#lib/meetings/today.ts';
import { decodeSlots, happensOn, wallClockAt } from '#lib/time/schedule.ts';
import { WEEKDAY_IDS } from '#taxonomy';
import type { Dictionary } from '#i18n/dictionary.ts';
import { everyMinute } from './every-minute.ts';
import { pageWords } from './page-words.ts';
import { readPageZoneOffsets } from './zone-offsets.ts';

/** The words the start page hands this script (`<PageWords name="start-today">`), in its language. */
export type StartTodayWords = Dictionary['meetings']['startToday'];

export function startTodayMeetings(doc: Document): void {
  readPageZoneOffsets();
  const section = doc.querySelector<HTMLElement>('[data-meetings-week]');
  const words = pageWords<StartTodayWords>(doc, 'start-today');
  // Without its words the week stays as the build wrote it, every day closed.
  if (!section || !words) return;
  const zone = section.dataset.timezone ?? 'UTC';
  const weekday = WEEKDAY_IDS[wallClockAt(Date.now(), zone).weekday];
  const today = section.querySelector<HTMLDetailsElement>(`details[data-day="${weekday}"]`);
  if (!today) return;
  today.open = true;
  const tag = doc.createElement('span');
  tag.className = 'today-tag';
  tag.textContent = words.today;
  today.querySelector('summary')?.append(tag);
  section.querySelector('details')?.before(today);
  const list = today.querySelector('ul');
  if (!list) return;
  const mark = () => {
    const now = Date.now();
    const items = [...list.children] as HTMLLIElement[];
    // A session that skips weeks and does not happen today reads as "Not today", like an ended one.
    const offToday = (li: HTMLLIElement) => {
      const [slot] = decodeSlots(li.dataset.slots ?? '');
      return slot !== undefined && !happensOn(slot, wallClockAt(now, li.dataset.tz ?? zone));
    };
    const states = new Map(
      items.map((li) => {
        const { start, end, tz } = li.dataset;
        if (offToday(li)) return [li, words.notToday] as const;
        const over = start !== undefined && hasEndedToday(start, end, wallClockAt(now, tz ?? zone).minutes);
        return [li, over ? words.ended : undefined] as const;
      }),
    );
    const ended = new Set(items.filter((li) => states.get(li) !== undefined));
    for (const li of items) {
      const word = states.get(li);
      li.classList.toggle('ended', word !== undefined);
      let label = li.querySelector<HTMLElement>('.ended-tag');
      if (word && !label) {
        label = doc.createElement('span');
        label.className = 'ended-tag';
        li.prepend(label);
      }
      if (word && label) label.textContent = word;
      if (!word && label) label.remove();
    }
    const wanted = endedLast(
      items.sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order)),
      (li) => ended.has(li),
    );
    // Only move rows when the order changes, so a focused link keeps its focus.
    if (wanted.some((li, i) => list.children[i] !== li)) list.replaceChildren(...wanted);
  };
  mark();
  everyMinute(mark);
}
