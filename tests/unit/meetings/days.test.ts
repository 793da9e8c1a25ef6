/** Which meetings go on which page (src/lib/meetings/days.ts): no page grows with the whole week. */
import { describe, expect, it } from 'vitest';
import {
  DAY_LIMITS,
  dayPageParams,
  dayParts,
  dateOfDay,
  dayPath,
  fewEachHour,
  happensOnDate,
  meetingsDayPage,
  meetingsHome,
  siteEnd,
  splitDay,
  type DayLimits,
  type DayRow,
} from '#lib/meetings/days.ts';

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `n` sessions on `day`, one every 10 minutes from 06:00. */
function sessions(day: number, n: number): (DayRow & { id: string })[] {
  return Array.from({ length: n }, (_, i) => {
    const minutes = 360 + i * 10;
    return { id: `${day}-${i}`, start: clock(minutes), siteMinutes: minutes, slots: `${day}:${minutes}` };
  });
}
// 2026-12-03 is a Thursday (3), 2026-12-01 a Tuesday (1), 2026-12-04 a Friday (5).
const THURSDAY = '2026-12-03';
const TUESDAY = '2026-12-01';
const week = (perDay: number[]) => perDay.map((n, day) => ({ day, rows: sessions(day, n) }));
const SMALL: DayLimits = { week: 20, today: 3, part: 4 };

describe('day paths', () => {
  it('names a day page by its weekday id, and its later parts under page/<n>', () => {
    expect(dayPath(0)).toBe('/meetings/monday/');
    expect(dayPath('sunday')).toBe('/meetings/sunday/');
    expect(dayPath(4, 1)).toBe('/meetings/friday/');
    expect(dayPath(4, 3)).toBe('/meetings/friday/page/3/');
  });

  it('gives every day a page, and a busy day one page per part', () => {
    const params = dayPageParams(week([0, 5, 4, 9, 1, 0, 0]), SMALL);
    expect(params.filter((p) => p.day === 'monday')).toEqual([{ day: 'monday', part: undefined }]);
    expect(params.filter((p) => p.day === 'tuesday').map((p) => p.part)).toEqual([undefined, 'page/2']);
    expect(params.filter((p) => p.day === 'wednesday').map((p) => p.part)).toEqual([undefined]);
    expect(params.filter((p) => p.day === 'thursday').map((p) => p.part)).toEqual([undefined, 'page/2', 'page/3']);
    expect(params).toHaveLength(7 + 1 + 2);
  });
});

describe('splitting a day', () => {
  it('cuts in order, every part within the limit, and keeps an empty day as one empty part', () => {
    expect(splitDay([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitDay([], 2)).toEqual([[]]);
  });

  it('names each part by the times it spans, and says where it starts on the site clock', () => {
    const parts = dayParts(1, sessions(1, 9), 4);
    expect(parts.map((p) => [p.part, p.path, p.from, p.to, p.fromMinutes])).toEqual([
      [1, '/meetings/tuesday/', '06:00', '06:30', 360],
      [2, '/meetings/tuesday/page/2/', '06:40', '07:10', 400],
      [3, '/meetings/tuesday/page/3/', '07:20', '07:20', 440],
    ]);
  });
});

describe('/meetings/', () => {
  it('holds a small week, today first, then the days as they come', () => {
    const home = meetingsHome(week([2, 2, 2, 2, 2, 2, 2]), THURSDAY, 0, SMALL);
    expect(home.wholeWeek).toBe(true);
    expect(home.days.map((d) => d.day)).toEqual([3, 4, 5, 6, 0, 1, 2]);
    expect(home.days.map((d) => d.date)).toEqual([
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
    ]);
    expect(home.days.every((d) => d.rows.length === 2 && d.total === 2)).toBe(true);
    expect(home.todayTotal).toBe(2);
  });

  it('past the limit holds today alone, a few sessions from each hour, with the day’s total', () => {
    // Six sessions an hour from 06:00 to 11:50; at most 10 shown, so one an hour.
    const home = meetingsHome(week([36, 36, 0, 0, 0, 0, 0]), TUESDAY, 1, { ...SMALL, today: 10 });
    expect(home.wholeWeek).toBe(false);
    expect(home.days).toHaveLength(1);
    expect(home.days[0]!.day).toBe(1);
    expect(home.days[0]!.rows.map((r) => r.start)).toEqual(['06:00', '07:00', '08:00', '09:00', '10:00', '11:00']);
    // Two an hour when the limit allows 48 (twice 24).
    const two = meetingsHome(week([0, 200, 0, 0, 0, 0, 0]), TUESDAY, 1, { ...SMALL, today: 48 });
    expect(two.days[0]!.rows.slice(0, 4).map((r) => r.start)).toEqual(['06:00', '06:10', '07:00', '07:10']);
    expect(home.days[0]!.total).toBe(36);
  });

  it('takes at least one session an hour, never more than its limit', () => {
    const rows = sessions(2, 24 * 6 - 36); // every 10 minutes from 06:00 to just before midnight
    expect(fewEachHour(rows, 5)).toHaveLength(5);
    expect(fewEachHour(rows, 5).map((r) => r.start)).toEqual(['06:00', '07:00', '08:00', '09:00', '10:00']);
    expect(fewEachHour(rows, 1000)).toHaveLength(rows.length);
  });

  it('stays within its bound whatever the size of the week', () => {
    for (const perDay of [10, 100, 1_000, 10_000]) {
      const home = meetingsHome(week(Array(7).fill(perDay)), THURSDAY, 0);
      const shown = home.days.reduce((n, d) => n + d.rows.length, 0);
      expect(shown).toBeLessThanOrEqual(Math.max(DAY_LIMITS.week, DAY_LIMITS.today));
    }
  });

  it('lists the seven days in the language’s order, each with where its parts start', () => {
    const home = meetingsHome(week([9, 0, 0, 0, 0, 0, 1]), '2026-11-30', 0, SMALL);
    expect(home.links.map((l) => l.id)).toEqual([
      'sunday',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
    ]);
    expect(home.links.find((l) => l.id === 'monday')).toEqual({
      day: 0,
      id: 'monday',
      path: '/meetings/monday/',
      partStarts: '360 400 440',
    });
    expect(meetingsHome(week([0, 0, 0, 0, 0, 0, 0]), '2026-11-30', 1, SMALL).links[0]!.partStarts).toBe('0');
  });
});

describe('a day page', () => {
  it('holds one part of the day, and knows every part', () => {
    const page = meetingsDayPage(week([0, 9, 0, 0, 0, 0, 0]), 1, 2, THURSDAY, 1, SMALL);
    expect(page.id).toBe('tuesday');
    // The coming Tuesday after a Thursday build.
    expect(page.date).toBe('2026-12-08');
    expect(page.rows.map((r) => r.id)).toEqual(['1-4', '1-5', '1-6', '1-7']);
    expect(page.total).toBe(9);
    expect(page.part.part).toBe(2);
    expect(page.parts).toHaveLength(3);
    expect(page.wholeWeek).toBe(true);
  });

  it('keeps a part number in range, and gives a day with no sessions an empty page', () => {
    expect(meetingsDayPage(week([0, 9, 0, 0, 0, 0, 0]), 1, 7, THURSDAY, 1, SMALL).part.part).toBe(3);
    const empty = meetingsDayPage(week([0, 9, 0, 0, 0, 0, 0]), 5, 1, THURSDAY, 1, SMALL);
    expect(empty.rows).toEqual([]);
    expect(empty.parts).toHaveLength(1);
  });

  it('says the whole week is not on /meetings/ past the limit', () => {
    expect(meetingsDayPage(week([9, 9, 9, 0, 0, 0, 0]), 0, 1, THURSDAY, 0, SMALL).wholeWeek).toBe(false);
  });
});

describe('what the first paint needs', () => {
  const row = (over: Partial<DayRow>): DayRow => ({ start: '19:00', siteMinutes: 1140, slots: '3:1140', ...over });

  it('says when a session ends on the site clock, an hour when it gives no end, past 1440 after midnight', () => {
    expect(siteEnd(row({ end: '20:30' }))).toBe(1230);
    expect(siteEnd(row({}))).toBe(1200);
    expect(siteEnd(row({ start: '23:00', siteMinutes: 1380, end: '00:30' }))).toBe(1470);
    // A 19:00 Central meeting is at 20:00 on an Eastern site's clock.
    expect(siteEnd(row({ siteMinutes: 1200, end: '20:00' }))).toBe(1260);
  });

  it('knows the weeks a session skips and the dates of one-off events', () => {
    // The 1st Thursday of December 2026 is the 3rd; the 2nd is the 10th.
    const firstThursday = row({ slots: '3:1140w1' });
    expect(happensOnDate(firstThursday, '2026-12-03')).toBe(true);
    expect(happensOnDate(firstThursday, '2026-12-10')).toBe(false);
    expect(happensOnDate(row({ dates: '2026-12-10,2026-12-17' }), '2026-12-10')).toBe(true);
    expect(happensOnDate(row({ dates: '2026-12-10,2026-12-17' }), '2026-12-03')).toBe(false);
    expect(happensOnDate(row({}), '2026-12-03')).toBe(true);
  });

  it('marks the rows of each day that do not happen on its date', () => {
    const rows = [row({ slots: '3:1140w1' }), row({ slots: '3:1140w2' }), row({})];
    const home = meetingsHome([{ day: 3, rows }], THURSDAY, 0, SMALL);
    expect([...home.days[0]!.off]).toEqual([rows[1]]);
    expect(dateOfDay(3, '2026-12-04')).toBe('2026-12-10');
  });
});
