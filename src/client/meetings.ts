/**
 * The meetings pages on the visitor's device (/meetings/ and the day pages): today first, what
 * is on now, times in the visitor's zone, and the filters in the URL. Everything is worked out
 * from the static rows' data attributes and the device clock; nothing leaves the page. Re-checked
 * every minute so a page left open on a phone stays true.
 *
 * When /meetings/ holds only today (a week too big for one page) and the visitor's today is not
 * the day the site was built on, the script fetches that day's own page from the same site and
 * takes its list: the page is already built, cached like any page, and works the same without
 * this script, so nothing new has to be generated or kept in step.
 */
import {
  MEETING_FILTER_KEYS,
  meetingFiltersQuery,
  meetingsCountText,
  parseMeetingFilters,
  rowMatches,
  type FilterableRow,
  type MeetingFilters,
} from '#lib/meetings/filters.ts';
import {
  addDays,
  compareDates,
  decodeSlots,
  happensOn,
  nextOnWeekday,
  occurrenceOn,
  parseDate,
  occurrenceState,
  wallClockAt,
  weekdayOf,
  type LocalDate,
  type Occurrence,
  type SessionState,
  type WeeklySlot,
} from '#lib/time/schedule.ts';
import { clockAt, describeSession, sameClock, visitorTimeZone } from '#lib/time/schedule-text.ts';
import { weekdayName, zoneName } from '#lib/time/format.ts';
import type { Dictionary, TimeWords } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { pageWords } from './page-words.ts';
import { pageTimeWords } from './time-words.ts';
import { WEEKDAY_IDS } from '#taxonomy';
import { everyMinute } from './every-minute.ts';
import { formatNumber } from '#i18n/numbers.ts';

/** The words the page hands this script (`<PageWords name="meetings">`), in the page's language. */
export type MeetingsScriptWords = Dictionary['meetings']['script'];

interface Row {
  el: HTMLLIElement;
  section: HTMLElement | null;
  status: HTMLElement | null;
  visitorTime: HTMLElement | null;
  when: HTMLElement | null;
  slots: WeeklySlot[];
  zone: string;
  dates?: LocalDate[];
  closed: boolean;
  /** The minute `session` and `state` were worked out for. */
  minute?: number;
  session?: Occurrence | undefined;
  state: SessionState;
  filterable: FilterableRow;
}

function readRow(el: HTMLLIElement): Row {
  const d = el.dataset;
  const words = (v: string | undefined) => (v ? v.split(' ').filter(Boolean) : []);
  return {
    el,
    section: el.closest('section'),
    status: el.querySelector('[data-status]'),
    visitorTime: el.querySelector('[data-visitor-time]'),
    when: el.querySelector('.meeting-live'),
    slots: decodeSlots(d.slots ?? ''),
    zone: d.tz ?? 'UTC',
    closed: d.closed !== undefined,
    state: { kind: 'none' },
    ...(d.dates && { dates: d.dates.split(',').map(parseDate) }),
    filterable: {
      fellowship: d.fellowship,
      attendance: d.attendance ?? 'in-person',
      types: words(d.types),
      time: d.time ?? '',
      support: words(d.support),
      pathways: words(d.pathway),
    },
  };
}

export function startMeetingsPage(doc: Document): void {
  performance.mark('meetings:start');
  const found = doc.querySelector<HTMLElement>('[data-days]');
  const foundTime = pageTimeWords(doc);
  const foundWords = pageWords<MeetingsScriptWords>(doc, 'meetings');
  // Without its words the page stays as the build wrote it: complete, in the page's language.
  if (!found || !foundTime || !foundWords) return;
  const time: TimeWords = foundTime;
  const words: MeetingsScriptWords = foundWords;
  const days: HTMLElement = found;
  // The page always writes the site's zone (site.yaml requires one).
  const siteZone = days.dataset.siteZone ?? 'UTC';
  const visitorZone = visitorTimeZone(siteZone);
  const home = days.dataset.home !== undefined;
  const wholeWeek = days.dataset.wholeWeek !== undefined;
  // A day page shows its own day whatever `day=` says.
  const pageDay = days.dataset.pageDay === undefined ? undefined : Number(days.dataset.pageDay);
  const dayHref = (id: string) => (days.dataset.dayHref ?? '').replace('{day}', id);
  let sections = [...days.querySelectorAll<HTMLElement>('section[data-day]')];
  let rows = [...days.querySelectorAll<HTMLLIElement>('section[data-day] li.meeting')].map(readRow);
  const form = doc.querySelector<HTMLFormElement>('[data-filter-form]');
  const nowSection = doc.querySelector<HTMLElement>('[data-now-section]');
  let filters = parseMeetingFilters(location.search);

  // An old link to a day that is not on /meetings/ (`?day=monday&fellowship=aa`) opens that
  // day's page with the same filters.
  const asked = filters.day;
  if (home && asked !== 'week' && asked !== 'today' && !sections.some((s) => s.id === asked)) {
    location.replace(`${dayHref(asked)}${meetingFiltersQuery({ ...filters, day: 'week' }, location.search)}`);
    return;
  }

  showVisitorZone(doc, siteZone, visitorZone, words, time.locale);
  // A link with filters in it opens with the filters showing, so it is clear why the list is short.
  const details = doc.querySelector<HTMLDetailsElement>('[data-meeting-filters]');
  if (details && anyFilter(filters)) details.open = true;
  if (form) {
    syncForm(form, filters);
    form.addEventListener('change', () => {
      filters = { day: filters.day, selected: readForm(form) };
      update(true);
    });
    form.addEventListener('reset', () => {
      // After the browser has cleared the boxes.
      setTimeout(() => {
        filters = { day: filters.day, selected: readForm(form) };
        update(true);
      });
    });
  }
  doc.querySelectorAll<HTMLAnchorElement>('[data-day-link]').forEach((link) => {
    link.addEventListener('click', (event) => {
      const choice = link.dataset.dayLink!;
      // Other days' pages are real pages: the link (with the filters in it) goes there.
      if (!home || (choice !== 'week' && choice !== 'today' && !sections.some((s) => s.id === choice))) return;
      event.preventDefault();
      filters = { ...filters, day: parseMeetingFilters(`day=${choice}`).day };
      update(true);
      doc
        .querySelector<HTMLElement>(choice === 'week' || choice === 'today' ? '[data-days]' : `#${choice}`)
        ?.scrollIntoView();
    });
  });
  addEventListener('popstate', () => {
    filters = parseMeetingFilters(location.search);
    if (form) syncForm(form, filters);
    update(false);
  });

  function update(push: boolean): void {
    if (push) history.pushState(null, '', `${location.pathname}${meetingFiltersQuery(filters, location.search)}`);
    // /meetings/ without the whole week shows one day: today's, or the day fetched for the visitor.
    const fixedDay = pageDay ?? (home && !wholeWeek && sections[0] ? Number(sections[0].dataset.day) : undefined);
    render(doc, { sections, rows, filters, siteZone, visitorZone, nowSection, days, words, time, fixedDay, home });
    dayLinks(doc, { home, dayHref, filters, siteZone });
  }
  update(false);
  performance.mark('meetings:ready');
  everyMinute(() => update(false));
  if (home && !wholeWeek) {
    void bringToday(doc, days, siteZone, dayHref).then((brought) => {
      if (!brought) return;
      sections = [...days.querySelectorAll<HTMLElement>('section[data-day]')];
      rows = [...days.querySelectorAll<HTMLLIElement>('section[data-day] li.meeting')].map(readRow);
      update(false);
    });
  }
}

/**
 * On /meetings/ holding today only: when the visitor's today is another day than the page's (the
 * site is rebuilt less than daily), fetch that day's page (on a busy day, the part holding what
 * is on now) and put its list in place of the page's. True when it did. On the build's own day
 * nothing is fetched: the page already has a few sessions from every hour (days.ts).
 */
async function bringToday(
  doc: Document,
  days: HTMLElement,
  siteZone: string,
  dayHref: (id: string) => string,
): Promise<boolean> {
  const section = days.querySelector<HTMLElement>('section[data-day]');
  if (!section) return false;
  const today = wallClockAt(Date.now(), siteZone);
  if (Number(section.dataset.day) === today.weekday) return false;
  const id = WEEKDAY_IDS[today.weekday]!;
  const starts = (doc.querySelector<HTMLElement>(`[data-day-link="${id}"]`)?.dataset.partStarts ?? '0')
    .split(' ')
    .map(Number);
  // The part holding what began within the last hour: sessions still in progress are in it.
  let part = 0;
  starts.forEach((start, i) => {
    if (start <= today.minutes - 60) part = i;
  });
  try {
    const response = await fetch(`${dayHref(id)}${part > 0 ? `page/${part + 1}/` : ''}`);
    if (!response.ok) return false;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fetched = page.querySelector('[data-days] section[data-day]');
    if (!fetched) return false;
    const imported = doc.importNode(fetched, true) as HTMLElement;
    // Its first-paint script stayed behind in the fetched page; this one orders it from here on.
    imported.querySelector('ol')?.setAttribute('data-ordered', '');
    section.replaceWith(imported);
    return true;
  } catch {
    // Offline or the request failed: the page keeps the day it was built with, complete as it is.
    return false;
  }
}

interface LinkState {
  home: boolean;
  dayHref: (id: string) => string;
  filters: MeetingFilters;
  siteZone: string;
}

/**
 * Day links that lead to another page carry the filters; on a day page, "Today" leads to the
 * visitor's today.
 */
function dayLinks(doc: Document, { home, dayHref, filters, siteZone }: LinkState): void {
  const query = meetingFiltersQuery({ ...filters, day: 'week' });
  doc.querySelectorAll<HTMLAnchorElement>('[data-day-link]').forEach((link) => {
    const choice = link.dataset.dayLink!;
    if (choice === 'week') {
      if (!home) link.search = query;
      return;
    }
    if (choice === 'today') {
      if (!home) link.href = `${dayHref(WEEKDAY_IDS[wallClockAt(Date.now(), siteZone).weekday]!)}${query}`;
      return;
    }
    link.href = `${dayHref(choice)}${query}`;
  });
}

function readForm(form: HTMLFormElement): MeetingFilters['selected'] {
  const data = new FormData(form);
  return Object.fromEntries(
    MEETING_FILTER_KEYS.map((key) => [key, data.getAll(key).map(String)]),
  ) as MeetingFilters['selected'];
}

function syncForm(form: HTMLFormElement, filters: MeetingFilters): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    input.checked = filters.selected[input.name as keyof MeetingFilters['selected']]?.includes(input.value) ?? false;
  }
}

function showVisitorZone(
  doc: Document,
  siteZone: string,
  visitorZone: string,
  words: MeetingsScriptWords,
  locale: string,
): void {
  const note = doc.querySelector<HTMLElement>('[data-visitor-zone]');
  if (!note || sameClock(Date.now(), siteZone, visitorZone)) return;
  note.textContent = fill(words.visitorZone, { zone: zoneName(visitorZone, locale) });
  note.hidden = false;
}

interface View {
  sections: HTMLElement[];
  rows: Row[];
  filters: MeetingFilters;
  siteZone: string;
  visitorZone: string;
  nowSection: HTMLElement | null;
  days: HTMLElement;
  words: MeetingsScriptWords;
  time: TimeWords;
  /** The one day the page shows (a day page, or /meetings/ holding today only). */
  fixedDay: number | undefined;
  home: boolean;
}

function render(doc: Document, view: View): void {
  const { words: say, time: words } = view;
  const locale = words.locale;
  const now = Date.now();
  const minute = Math.floor(now / 60_000);
  const { filters, siteZone, visitorZone } = view;
  const today = wallClockAt(now, siteZone);
  const chosenDay =
    view.fixedDay ??
    (filters.day === 'week' ? undefined : filters.day === 'today' ? today.weekday : WEEKDAY_IDS.indexOf(filters.day));

  // Today first, then the days after it: the week as it is about to happen. The build already
  // wrote them so when it ran on the visitor's day: then nothing moves.
  const ordered = [...view.sections].sort(
    (a, b) => ((Number(a.dataset.day) - today.weekday + 7) % 7) - ((Number(b.dataset.day) - today.weekday + 7) % 7),
  );
  if (ordered.some((section, i) => view.sections[i] !== section)) {
    // What is on now and the zone note follow today's list, before the other days.
    const after = [
      ...view.days.querySelectorAll<HTMLElement>(':scope > [data-visitor-zone], :scope > [data-now-section]'),
    ];
    view.days.append(ordered[0]!, ...after, ...ordered.slice(1));
    ordered.forEach((section, i) => section.classList.toggle('meeting-today', i === 0));
    view.sections.splice(0, view.sections.length, ...ordered);
  }

  const inProgress: Row[] = [];
  const soon: { row: Row; start: number }[] = [];
  let shown = 0;
  for (const section of ordered) {
    const dayIndex = Number(section.dataset.day);
    const ahead = (dayIndex - today.weekday + 7) % 7;
    const date = addDays(today, ahead);
    const prefix = section.querySelector<HTMLElement>('[data-day-prefix]');
    if (prefix) prefix.textContent = ahead === 0 ? say.todayPrefix : ahead === 1 ? say.tomorrowPrefix : '';
    section.hidden = chosenDay !== undefined && chosenDay !== dayIndex;
    const list = section.querySelector('ol');
    const finished: HTMLLIElement[] = [];
    let visible = 0;
    for (const row of view.rows) {
      if (row.section !== section) continue;
      const matches = rowMatches(row.filterable, filters.selected);
      // One-off events, and sessions that skip weeks, show only in the weeks they happen.
      const onThisWeek = happensThen(row, date);
      const hidden = !matches || !onThisWeek;
      if (row.el.hidden !== hidden) row.el.hidden = hidden;
      // States change by the minute, not with the filters: a filter click reuses them.
      if (row.minute !== minute) {
        // A temporarily closed meeting is never "on", whatever its schedule says.
        row.session = row.closed ? undefined : sessionThisWeek(row, now);
        row.state = stateOf(row.session, now);
        row.minute = minute;
      }
      const { session, state } = row;
      if (row.visitorTime) {
        const text =
          session && row.zone !== visitorZone && !sameClock(session.start, row.zone, visitorZone)
            ? fill(say.yourTime, { time: clockAt(session.start, visitorZone, words) })
            : '';
        if (row.visitorTime.textContent !== text) row.visitorTime.textContent = text;
      }
      if (row.status) {
        const text = state.kind === 'none' ? '' : (describeSession(state, row.zone, visitorZone, now, words) ?? '');
        if (row.status.textContent !== text) {
          row.status.textContent = text;
          row.status.hidden = text === '';
          row.status.dataset.state = state.kind === 'none' ? '' : state.kind;
        }
      }
      const ended = ahead === 0 && session !== undefined && session.end <= now;
      if (row.el.classList.contains('ended') !== ended) {
        row.el.classList.toggle('ended', ended);
        // The stylesheet shows the word beside the time (meetings.css).
        if (row.when) row.when.dataset.ended = say.ended;
      }
      if (ended) finished.push(row.el);
      if (!hidden) {
        visible++;
        if (state.kind === 'in-progress') inProgress.push(row);
        else if (state.kind === 'starting-soon') soon.push({ row, start: state.occurrence.start });
      }
    }
    // Today: what is still to come on top, what has ended at the bottom, marked.
    if (list) arrange(list, new Set(finished));
    const empty = section.querySelector<HTMLElement>('[data-day-empty]');
    if (empty) {
      empty.hidden = visible > 0;
      empty.textContent = fill(anyFilter(filters) ? say.noneMatch : say.noneListed, {
        day: weekdayName(dayIndex, locale),
      });
    }
    if (!section.hidden) shown += visible;
  }
  fillNow(doc, view, inProgress, soon);
  const count = doc.querySelector<HTMLElement>('[data-meetings-count]');
  // A day cut to a few sessions an hour keeps the build's count of the whole day until a filter
  // asks how many of those shown match.
  const cut = view.sections.some((section) => section.dataset.cut !== undefined);
  if (count && (!cut || anyFilter(filters))) {
    const where =
      chosenDay === undefined
        ? say.thisWeek
        : chosenDay === today.weekday && view.home
          ? say.today
          : fill(say.onDay, { day: weekdayName(chosenDay, locale) });
    count.textContent = meetingsCountText(shown, where, anyFilter(filters), say, locale);
  }
  const summary = doc.querySelector<HTMLElement>('[data-filter-summary]');
  if (summary) {
    const n = MEETING_FILTER_KEYS.reduce((sum, key) => sum + filters.selected[key].length, 0);
    summary.textContent = n > 0 ? plural(locale, say.chosen, n) : '';
  }
  // A day page's own day is marked in its HTML; /meetings/ marks the day chosen on it.
  if (!view.home) return;
  doc.querySelectorAll<HTMLAnchorElement>('[data-day-link]').forEach((link) => {
    const current = link.dataset.dayLink === filters.day;
    if (current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  });
}

/**
 * Orders a day's rows: the build's order (start time, then name), with `ended` ones (today's
 * past sessions) moved to the bottom. Rows are only moved when the order changes, so a focused
 * link keeps its focus through the minute-by-minute refresh.
 */
function arrange(list: HTMLOListElement, ended: ReadonlySet<HTMLLIElement>): void {
  const items = [...list.children] as HTMLLIElement[];
  const order = (el: HTMLLIElement) => (ended.has(el) ? 1e9 : 0) + Number(el.dataset.order ?? 0);
  const wanted = [...items].sort((a, b) => order(a) - order(b));
  if (wanted.some((el, i) => items[i] !== el)) list.replaceChildren(...wanted);
}

function anyFilter(filters: MeetingFilters): boolean {
  return MEETING_FILTER_KEYS.some((key) => filters.selected[key].length > 0);
}

/** How many in-progress or soon sessions show before "Show all": a big city has dozens at once. */
const NOW_SHOWN = 8;
const expanded = new Set<string>();
const clones = new Map<string, Map<HTMLElement, HTMLLIElement>>();

function fillNow(doc: Document, view: View, inProgress: Row[], soon: { row: Row; start: number }[]): void {
  const section = view.nowSection;
  if (!section) return;
  section.hidden = false;
  const fillList = (name: string, items: Row[]) => {
    const list = doc.querySelector(`[data-${name}-list]`);
    const empty = doc.querySelector<HTMLElement>(`[data-${name}-empty]`);
    const more = doc.querySelector<HTMLButtonElement>(`[data-more-for="${name}"]`);
    if (!list) return;
    const all = expanded.has(name);
    // Copies are kept and updated in place from one minute to the next, so a link someone has
    // tabbed to keeps its focus; the list is only rebuilt when its meetings change.
    const copies = clones.get(name) ?? new Map<HTMLElement, HTMLLIElement>();
    const next = items.map((row, i) => {
      let copy = copies.get(row.el);
      if (!copy) {
        copy = row.el.cloneNode(true) as HTMLLIElement;
        // Not a row of the days: counts and the bench read `[data-days] li.meeting`.
        copy.classList.remove('ended', 'meeting');
        copy.removeAttribute('data-order');
      }
      const status = copy.querySelector<HTMLElement>('[data-status]');
      if (status && row.status) {
        status.textContent = row.status.textContent;
        status.hidden = row.status.hidden;
        status.dataset.state = row.status.dataset.state ?? '';
      }
      copy.hidden = !all && i >= NOW_SHOWN;
      return copy;
    });
    const current = [...list.children];
    if (current.length !== next.length || next.some((copy, i) => current[i] !== copy)) list.replaceChildren(...next);
    clones.set(name, new Map(items.map((row, i) => [row.el, next[i]!])));
    if (empty) empty.hidden = items.length > 0;
    if (more) {
      more.hidden = all || items.length <= NOW_SHOWN;
      more.textContent = fill(view.words.showAll, { n: formatNumber(items.length, view.time.locale) });
      more.onclick = () => {
        expanded.add(name);
        list.querySelectorAll<HTMLElement>('li[hidden]').forEach((li) => (li.hidden = false));
        more.hidden = true;
        list.querySelectorAll<HTMLElement>('li')[NOW_SHOWN]?.querySelector('a')?.focus();
      };
    }
  };
  fillList('now', inProgress);
  fillList(
    'soon',
    soon.sort((a, b) => a.start - b.start).map((s) => s.row),
  );
}

/** Whether the row's session happens on `date` (a date on its weekday): its event dates, its weeks. */
function happensThen(row: Row, date: LocalDate): boolean {
  const [slot] = row.slots;
  if (row.dates) return row.dates.some((d) => compareDates(d, date) === 0);
  return slot === undefined || happensOn(slot, date);
}

/**
 * In progress, or starting within the hour, from the row's session this week (the only one
 * that can be either). The page needs nothing further ahead, so it does not search the week.
 */
function stateOf(session: Occurrence | undefined, now: number): SessionState {
  const state = occurrenceState(session, now);
  return state.kind === 'later' ? { kind: 'none' } : state;
}

/**
 * The row's session this week, counted in the row's own zone (its weekday is its own wall
 * clock's): one that began yesterday and is still running, else today's (even when it has ended,
 * so it can be marked so) or the next one.
 */
function sessionThisWeek(row: Row, now: number): Occurrence | undefined {
  const [slot] = row.slots;
  if (!slot) return undefined;
  const today = wallClockAt(now, row.zone);
  const onDate = (date: LocalDate) => happensThen(row, date);
  const yesterday = addDays(today, -1);
  if (slot.day === weekdayOf(yesterday) && onDate(yesterday)) {
    const running = occurrenceOn(slot, yesterday, row.zone);
    if (running.end > now) return running;
  }
  const date = nextOnWeekday(today, slot.day);
  return onDate(date) ? occurrenceOn(slot, date, row.zone) : undefined;
}
