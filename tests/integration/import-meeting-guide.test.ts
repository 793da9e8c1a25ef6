/**
 * npm run import:meeting-guide as a volunteer runs it: the CLI in a child process, on the fixture
 * feeds, writing into a throwaway project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFeed, type ImportOptions } from '#lib/open-data/meeting-guide/import.ts';
import { validateProject } from '#lib/validate/index.ts';
import { fixtureSite, tempProjects } from '../helpers/temp-project.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/meeting-guide/${name}`, import.meta.url));
const cli = fileURLToPath(new URL('../../scripts/import-meeting-guide.ts', import.meta.url));

const TODAY = '2026-11-24';
const OUT = 'data/listings/meetings';
const options: ImportOptions = { site: fixtureSite, today: TODAY, fellowship: 'aa', outDir: OUT, feed: 'example.org' };

/** A temporary project with the fixture site.yaml and an empty data/listings. */
const tempProject = tempProjects('meeting-guide-');

/** How many records of a fixture feed import, by the pure function. */
function outcomesCount(feed: string): number {
  return importFeed(JSON.parse(readFileSync(feed, 'utf8')) as unknown[], options).filter((o) => o.listing).length;
}

describe('the command line', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('writes the listings, reports each changed or skipped record, and exits 0', () => {
    const root = tempProject();
    const out = join(root, OUT);
    const result = run(fixture('malformed-feed.json'), '--out', out, '--root', root, '--today', TODAY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const feed = fixture('malformed-feed.json');
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`${feed}: record 4 (gone-quiet): skipped: is inactive (attendance_option: inactive)`);
    expect(lines).toContain(
      `${feed}: record 12 (no slug): skipped: is the text "just some text", not a meeting (an object with a name and a slug)`,
    );
    expect(
      lines.some((line) => line.startsWith(`${feed}: record 9 (Bad_Slug Name): imported as bad-slug-name.md; slug`)),
    ).toBe(true);
    expect(lines).toContain(
      'Fellowship: every meeting is listed as Alcoholics Anonymous (AA) (assumed; pass --fellowship to change it).',
    );
    const imported = outcomesCount(fixture('malformed-feed.json'));
    expect(result.stdout).toContain(`${feed}: 32 records: ${imported} imported`);
    expect(readdirSync(out)).toHaveLength(imported);
    expect(validateProject(root, { today: TODAY }).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('keeps clear of slugs the project already uses elsewhere', () => {
    const root = tempProject();
    mkdirSync(join(root, 'data/listings/food'), { recursive: true });
    writeFileSync(
      join(root, 'data/listings/food/grupo-esperanza.md'),
      '---\nname: Pantry\ncategory: food\nsupport: [instrumental]\nattendance: online\nlast_verified: 2026-11-01\n---\n',
    );
    const result = run(fixture('valid-feed.json'), '--out', join(root, OUT), '--root', root, '--today', TODAY);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /record 3 \(grupo-esperanza\): imported as grupo-esperanza-sunday-1700\.md; slug "grupo-esperanza" is already used/,
    );
    expect(validateProject(root, { today: TODAY }).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('stops with one line and exit 1 on a file that is not JSON, and on missing arguments', () => {
    const root = tempProject();
    const broken = run(fixture('not-json.json'), '--out', join(root, OUT), '--root', root);
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/not-json\.json: is not valid JSON/);
    expect(broken.stderr).not.toMatch(/\bat .*\.ts:\d+/);

    const usage = run(fixture('valid-feed.json'));
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^usage: npm run import:meeting-guide/);

    const noFile = run(join(root, 'missing.json'), '--out', join(root, OUT), '--root', root);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toMatch(/missing\.json: cannot be read \(ENOENT\)/);

    const badFellowship = run(
      fixture('valid-feed.json'),
      '--out',
      join(root, OUT),
      '--root',
      root,
      '--fellowship',
      'xx',
    );
    expect(badFellowship.status).toBe(1);
    expect(badFellowship.stderr).toMatch(/--fellowship "xx" is not a fellowship/);
  });

  it('imports the same feed again: updates, lists what left the feed, removes it with --sync', () => {
    const root = tempProject();
    const out = join(root, OUT);
    const feed = join(root, 'feed.json');
    const meetings = JSON.parse(readFileSync(fixture('valid-feed.json'), 'utf8')) as Record<string, unknown>[];
    writeFileSync(feed, JSON.stringify(meetings));
    const args = [feed, '--out', out, '--root', root, '--today', TODAY];
    expect(run(...args).status).toBe(0);
    const hand = join(out, 'my-own-meeting.md');
    writeFileSync(hand, readFileSync(join(out, 'grupo-esperanza.md'), 'utf8').replace(/^source:[\s\S]*?(?=^---)/m, ''));

    // The feed drops its last meeting and moves the first one's time.
    meetings[0]!.time = '19:15';
    writeFileSync(feed, JSON.stringify(meetings.slice(0, -1)));
    const listed = run(...args);
    expect(listed.status).toBe(0);
    const gone = `${OUT}/okemos-morning-reflections.md`;
    expect(listed.stdout).toContain(
      `${feed}: record 0 (eastside-tuesday-night): updated ${OUT}/eastside-tuesday-night.md`,
    );
    expect(listed.stdout).toContain(
      `${gone}: its meeting (slug "okemos-morning-reflections") has left the feed; kept for now; run with --sync to remove it`,
    );
    expect(listed.stdout).toContain('Files left alone in data/listings/meetings: 1 added by hand (no source).');
    expect(readFileSync(join(out, 'eastside-tuesday-night.md'), 'utf8')).toContain('start: "19:15"');

    const synced = run(...args, '--sync');
    expect(synced.stdout).toContain(
      `${gone}: its meeting (slug "okemos-morning-reflections") has left the feed; removed`,
    );
    expect(synced.stdout).toMatch(/: 0 updated, 4 unchanged, 0 added, 1 left the feed \(removed\)\./);
    expect(readdirSync(out).sort()).toEqual([
      'eastside-tuesday-night.md',
      'grupo-esperanza.md',
      'my-own-meeting.md',
      'noon-sign-language-online.md',
      'rainbow-hybrid.md',
    ]);
    expect(existsSync(hand)).toBe(true);
    expect(validateProject(root, { today: TODAY }).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('asks for --feed rather than import a feed beside another one’s files', () => {
    const root = tempProject();
    const out = join(root, OUT);
    expect(run(fixture('valid-feed.json'), '--out', out, '--root', root, '--today', TODAY).status).toBe(0);
    const renamed = join(root, 'meetings (1).json');
    const meetings = JSON.parse(readFileSync(fixture('valid-feed.json'), 'utf8')) as Record<string, unknown>[];
    writeFileSync(renamed, JSON.stringify(meetings.map((m) => ({ ...m, url: undefined }))));
    const result = run(renamed, '--out', out, '--root', root, '--today', TODAY);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${out} holds meetings imported from "district.example.org", none from "meetings (1)" (this feed's name, from its file name); if it is the same feed, pass --feed "district.example.org"; if it is another, pass --feed with its own name`,
    );
    const named = run(renamed, '--out', out, '--root', root, '--today', TODAY, '--feed', 'district.example.org');
    expect(named.status).toBe(0);
    expect(named.stdout).toMatch(/: 0 updated, 5 unchanged, 0 added, 0 left the feed/);
  });

  it('exits 1 when nothing could be imported', () => {
    const root = tempProject();
    const feed = join(root, 'empty.json');
    writeFileSync(feed, '[null, {"name": "No Time", "slug": "no-time"}]');
    const result = run(feed, '--out', join(root, OUT), '--root', root, '--today', TODAY);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('2 records: 0 imported (0 with changes), 2 skipped.');
  });
});
