/**
 * Importing a feed again into the folder of an earlier import (src/lib/open-data/meeting-guide/sync.ts):
 * files updated, meetings that left the feed listed or removed, files added by hand or from other
 * feeds never touched, and a feed whose slugs were renamed, with ids and without. Each case runs
 * the pure sync on a folder held in memory, as the command would find it on disk.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  earlierFile,
  otherFeedsOnly,
  syncFeed,
  type EarlierFile,
  type SyncResult,
} from '#lib/open-data/meeting-guide/sync.ts';
import { feedNameOf } from '#lib/open-data/meeting-guide/read-source.ts';
import { listingsJson } from '#lib/open-data/exports.ts';
import { checkListing, formatProblem } from '#lib/validate/index.ts';
import { SITE } from '../../../helpers/export-fixtures.ts';
import { fixtureSite } from '../../../helpers/temp-project.ts';
import { options, TODAY } from './feeds.ts';

const FEED = 'district.example.org';
const LABEL = 'feed.json';
const DIR = 'data/listings/meetings';

/** A meeting as a TSML feed gives it (with a WordPress id unless `id: undefined` is passed). */
const meeting = (slug: string, id: number | undefined, over: Record<string, unknown> = {}) => ({
  id,
  name: `Meeting ${slug}`,
  slug,
  day: 2,
  time: '19:00',
  end_time: '20:00',
  types: ['O'],
  formatted_address: '1021 E Kalamazoo St, Lansing, MI 48912, USA',
  latitude: 42.7309,
  longitude: -84.5369,
  updated: '2026-10-01 10:00:00',
  url: `https://${FEED}/meetings/${slug}/`,
  ...over,
});

/** Imports `records` into a folder holding `folder`. */
function importInto(records: unknown[], folder: EarlierFile[], sync = false): SyncResult {
  return syncFeed(records, folder, { ...options, feed: FEED, sync, feedLabel: LABEL });
}

/** The folder after the command wrote and removed what the sync decided. */
function folderAfter(result: SyncResult, folder: EarlierFile[]): EarlierFile[] {
  const files = new Map(folder.map((f) => [f.file, f.text]));
  for (const file of result.removals) files.delete(file);
  for (const { file, text } of result.writes) files.set(file, text);
  return [...files]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, text]) => earlierFile(file, basename(file, '.md'), text));
}

/** A file a volunteer wrote: a valid listing with no source. */
const byHand = (slug: string, source = '') =>
  earlierFile(
    `${DIR}/${slug}.md`,
    slug,
    `---\nname: Hand Written ${slug}\ncategory: mutual-aid-meeting\nsupport: [emotional]\nattendance: online\nconference_phone: "517-555-0100"\nby_appointment: true\nlast_verified: 2026-11-01\n${source}---\n`,
  );

const firstFeed = [
  meeting('tuesday-night', 101),
  meeting('noon-group', 102, { time: '12:00', end_time: '13:00' }),
  meeting('step-study', 103),
];
const first = importInto(firstFeed, []);
const folder = folderAfter(first, []);

describe('the first import', () => {
  it('writes every meeting with its source, which the validator accepts', () => {
    expect(first.reimport).toBe(false);
    expect(first.lines).toEqual([]);
    expect(folder.map((f) => f.file)).toEqual([
      `${DIR}/noon-group.md`,
      `${DIR}/step-study.md`,
      `${DIR}/tuesday-night.md`,
    ]);
    expect(folder[2]!.text).toContain(
      '\nsource:\n  feed: "district.example.org"\n  slug: "tuesday-night"\n  id: "101"\n',
    );
    expect(folder[2]!.source).toEqual({ feed: FEED, slug: 'tuesday-night', id: '101' });
    for (const f of folder) {
      const problems = checkListing(f.file, f.text, { site: fixtureSite, today: TODAY }).problems;
      expect(problems.map(formatProblem)).toEqual([]);
    }
  });

  it('keeps the source out of listings.json: it is the importer’s bookkeeping, and a slug may spell a street', () => {
    const listings = folder.map((f) => {
      const checked = checkListing(f.file, f.text, { site: fixtureSite, today: TODAY });
      return { slug: f.slug, data: checked.data!, body: checked.body };
    });
    expect(listings[0]!.data.source).toBeDefined();
    expect(listingsJson(listings, SITE).every((record) => !('source' in record))).toBe(true);
  });

  it('names the feed after the host of its meetings’ pages, the same on every download', () => {
    expect(feedNameOf(firstFeed)).toBe(FEED);
    expect(feedNameOf([{ url: 'https://www.oc-aa.org/meetings/a/' }, { url: 'https://oc-aa.org/meetings/b/' }])).toBe(
      'oc-aa.org',
    );
    expect(feedNameOf([{ url: 'https://a.example/x' }, { url: 'https://b.example/y' }])).toBeUndefined();
    expect(feedNameOf([{ slug: 'no-url' }])).toBeUndefined();
  });
});

describe('importing the same feed again', () => {
  it('changes nothing, and says nothing, when the feed has not changed', () => {
    const again = importInto(firstFeed, folder);
    expect(again.reimport).toBe(true);
    expect(again.writes).toEqual([]);
    expect(again.lines).toEqual([]);
    expect(again.counts).toMatchObject({ unchanged: 3, updated: 0, added: 0, left: 0 });
  });

  it('sees no change in a file whose line ends a checkout turned into CRLF', () => {
    const crlf = folder.map((f) => earlierFile(f.file, f.slug, f.text.replace(/\n/g, '\r\n')));
    expect(importInto(firstFeed, crlf).counts).toMatchObject({ unchanged: 3, updated: 0 });
  });

  it('leaves a file turned into .yaml by hand alone, as the volunteer’s own', () => {
    const yaml = earlierFile(
      `${DIR}/step-study.yaml`,
      'step-study',
      'name: X\nsource:\n  feed: district.example.org\n  slug: step-study\n',
    );
    const again = importInto(firstFeed, [...folder.filter((f) => f.slug !== 'step-study'), yaml], true);
    expect(again.removals).toEqual([]);
    expect(again.writes).toEqual([]);
    expect(again.lines[0]).toMatch(
      /^feed\.json: record 2 \(step-study\): skipped: data\/listings\/meetings\/step-study\.yaml has this meeting's file name/,
    );
  });

  it('updates the file of a meeting that changed, in one line', () => {
    const feed = [meeting('tuesday-night', 101, { time: '19:30', end_time: '20:30' }), ...firstFeed.slice(1)];
    const again = importInto(feed, folder);
    expect(again.lines).toEqual([`${LABEL}: record 0 (tuesday-night): updated ${DIR}/tuesday-night.md`]);
    expect(again.writes.map((w) => w.file)).toEqual([`${DIR}/tuesday-night.md`]);
    expect(again.writes[0]!.text).toContain('start: "19:30"');
    expect(again.counts).toMatchObject({ updated: 1, unchanged: 2 });
  });

  it('adds a new meeting, in one line', () => {
    const again = importInto([...firstFeed, meeting('new-group', 104)], folder);
    expect(again.lines).toEqual([`${LABEL}: record 3 (new-group): added as ${DIR}/new-group.md`]);
    expect(again.counts).toMatchObject({ added: 1, unchanged: 3 });
  });
});

describe('a meeting that left the feed', () => {
  const feed = firstFeed.slice(0, 2);

  it('is listed, and its file kept, without --sync', () => {
    const again = importInto(feed, folder);
    expect(again.lines).toEqual([
      `${DIR}/step-study.md: its meeting (slug "step-study") has left the feed; kept for now; run with --sync to remove it`,
    ]);
    expect(again.removals).toEqual([]);
    expect(again.counts.left).toBe(1);
  });

  it('is removed with --sync', () => {
    const again = importInto(feed, folder, true);
    expect(again.lines).toEqual([`${DIR}/step-study.md: its meeting (slug "step-study") has left the feed; removed`]);
    expect(folderAfter(again, folder).map((f) => f.slug)).toEqual(['noon-group', 'tuesday-night']);
  });

  it('has left it too when the feed now marks it inactive', () => {
    const inactive = [...feed, meeting('step-study', 103, { attendance_option: 'inactive' })];
    const again = importInto(inactive, folder, true);
    expect(again.lines).toEqual([
      `${LABEL}: record 2 (step-study): has left the feed: it is now inactive (attendance_option: inactive); ${DIR}/step-study.md removed`,
    ]);
    expect(again.removals).toEqual([`${DIR}/step-study.md`]);
  });

  it('is kept as it was when it is skipped for any other reason, even with --sync', () => {
    const broken = [...feed, meeting('step-study', 103, { name: '' })];
    const again = importInto(broken, folder, true);
    expect(again.lines).toEqual([
      `${LABEL}: record 2 (step-study): skipped: has no name (a listing needs one of at least 2 characters); ${DIR}/step-study.md from the earlier import is kept as it was`,
    ]);
    expect(again.removals).toEqual([]);
    expect(again.counts.keptAfterSkip).toBe(1);
  });
});

describe('files added by hand, or from another feed', () => {
  const other = byHand('other-feed-meeting', 'source:\n  feed: "another.example"\n  slug: "tuesday-night"\n');

  it('are never changed or removed, even with --sync', () => {
    const mine = byHand('my-own-meeting');
    const again = importInto(firstFeed, [...folder, mine, other], true);
    expect(again.writes).toEqual([]);
    expect(again.removals).toEqual([]);
    expect(again.counts).toMatchObject({ byHand: 1, unchanged: 3, left: 0 });
    expect([...again.counts.otherFeeds]).toEqual([['another.example', 1]]);
  });

  it('keep their names: a meeting whose file name a hand-made file has is not written twice, and the line says how to link them', () => {
    const again = importInto(firstFeed, [byHand('tuesday-night')]);
    expect(again.lines[0]).toBe(
      `${LABEL}: record 0 (tuesday-night): skipped: ${DIR}/tuesday-night.md has this meeting's file name but no source (it was added or kept by hand), so it is left alone and the meeting is not written twice; to have imports update that file, add source: { feed: "district.example.org", slug: "tuesday-night" } to it; if it is another meeting, rename one of them`,
    );
    expect(again.writes.map((w) => w.file)).not.toContain(`${DIR}/tuesday-night.md`);
  });

  it('from another feed give their name to nobody: this feed’s meeting of the same slug gets another', () => {
    const taken = earlierFile(`${DIR}/tuesday-night.md`, 'tuesday-night', other.text);
    const again = importInto([firstFeed[0]!], [taken]);
    expect(again.writes.map((w) => w.file)).toEqual([`${DIR}/meeting-tuesday-night-tuesday-1900.md`]);
    expect(again.lines[0]).toMatch(
      /slug "tuesday-night" is already used; written as "meeting-tuesday-night-tuesday-1900"/,
    );
  });

  it('make the command ask for --feed when the folder holds only another feed’s files', () => {
    expect(otherFeedsOnly([other, byHand('mine')], FEED)).toEqual(['another.example']);
    expect(otherFeedsOnly([...folder, other], FEED)).toEqual([]);
    expect(otherFeedsOnly([byHand('mine')], FEED)).toEqual([]);
  });
});

describe('a feed whose slugs were renamed', () => {
  it('with ids: the meeting is found by its id and keeps its file, and the line says so', () => {
    const renamed = [meeting('tuesday-night-speaker', 101), ...firstFeed.slice(1)];
    const again = importInto(renamed, folder, true);
    expect(again.lines).toEqual([
      `${LABEL}: record 0 (tuesday-night-speaker): updated ${DIR}/tuesday-night.md; its slug in the feed changed from "tuesday-night" to "tuesday-night-speaker" (found by its id, 101); the file keeps its name`,
    ]);
    expect(again.removals).toEqual([]);
    const after = folderAfter(again, folder);
    expect(after.find((f) => f.slug === 'tuesday-night')!.source).toEqual({
      feed: FEED,
      slug: 'tuesday-night-speaker',
      id: '101',
    });
    // The next import finds it by its id again, and has nothing to say.
    expect(importInto(renamed, after).lines).toEqual([]);
  });

  it('without ids: the old slug left the feed and the new one is added, and the report says why', () => {
    const noIds = firstFeed.map((m) => ({ ...m, id: undefined }));
    const start = folderAfter(importInto(noIds, []), []);
    const renamed = [{ ...noIds[0]!, slug: 'tuesday-night-speaker' }, ...noIds.slice(1)];
    const again = importInto(renamed, start, true);
    expect(again.lines).toEqual([
      `${LABEL}: record 0 (tuesday-night-speaker): added as ${DIR}/tuesday-night-speaker.md`,
      `${DIR}/tuesday-night.md: its meeting (slug "tuesday-night") has left the feed; removed`,
      `${LABEL}: the feed gives no meeting ids, so a meeting whose slug was renamed shows above as one that left and one that was added`,
    ]);
    expect(folderAfter(again, start).map((f) => f.slug)).toEqual(['noon-group', 'step-study', 'tuesday-night-speaker']);
  });
});

describe('reading the folder', () => {
  it('takes a source only when it can be read; a broken one counts as added by hand', () => {
    expect(folder[0]!.source).toEqual({ feed: FEED, slug: 'noon-group', id: '102' });
    expect(earlierFile('x.md', 'x', '---\nname: [broken\n---\n').source).toBeUndefined();
    expect(earlierFile('x.md', 'x', '---\nname: X\nsource: somewhere\n---\n').source).toBeUndefined();
    // Past the validator's size limits the file is not read at all.
    const huge = `${folder[0]!.text}${'x'.repeat(100_000)}\n`;
    expect(earlierFile('x.md', 'x', huge).source).toBeUndefined();
  });

  it('skips a record with neither slug nor id, saying why', () => {
    const [outcome] = importInto([meeting('', undefined)], []).outcomes;
    expect(outcome!.skipped?.message).toMatch(/^has no slug; Meeting Guide apps need one to tell meetings apart/);
  });
});
