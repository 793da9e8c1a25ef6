/**
 * The start page's "Meetings this week" on the visitor's device: opens today (today in the
 * community's time zone) and puts it first, then marks today's sessions that have ended and
 * moves them below the ones still to come. Re-checked every minute, so a page left open stays
 * true. Nothing leaves the device.
 */
import { endedLast, hasEndedToday } from '#lib/meetings/today.ts';
import { wallClockAt } from '#lib/time/schedule.ts';
import { WEEKDAY_IDS } from '#taxonomy';
import { everyMinute } from './every-minute.ts';

const WORDS = { today: 'Today', ended: 'Ended · ' };

export function startTodayMeetings(doc: Document): void {
  const section = doc.querySelector<HTMLElement>('[data-meetings-week]');
  if (!section) return;
  const zone = section.dataset.timezone ?? 'UTC';
  const weekday = WEEKDAY_IDS[wallClockAt(Date.now(), zone).weekday];
  const today = section.querySelector<HTMLDetailsElement>(`details[data-day="${weekday}"]`);
  if (!today) return;
  today.open = true;
  const tag = doc.createElement('span');
  tag.className = 'today-tag';
  tag.textContent = WORDS.today;
  today.querySelector('summary')?.append(tag);
  section.querySelector('details')?.before(today);
  const list = today.querySelector('ul');
  if (!list) return;
  const mark = () => {
    const now = Date.now();
    const items = [...list.children] as HTMLLIElement[];
    const ended = new Set(
      items.filter((li) => {
        const { start, end, tz } = li.dataset;
        return start !== undefined && hasEndedToday(start, end, wallClockAt(now, tz ?? zone).minutes);
      }),
    );
    for (const li of items) {
      const isEnded = ended.has(li);
      li.classList.toggle('ended', isEnded);
      let label = li.querySelector<HTMLElement>('.ended-tag');
      if (isEnded && !label) {
        label = doc.createElement('span');
        label.className = 'ended-tag';
        label.textContent = WORDS.ended;
        li.prepend(label);
      }
      if (!isEnded && label) label.remove();
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
