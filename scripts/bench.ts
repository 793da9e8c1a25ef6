/**
 * npm run bench [-- --sizes 1000,10000] [-- --runs 3] [-- --out BENCHMARKS.md] [-- --keep]
 *               [-- --skip-lighthouse | --lighthouse-only] [-- --dist dist]
 *
 * Generates synthetic listings (realistic field mixes, inside the region) into temporary copies
 * of the project and of a bare Astro page-per-entry project, builds both in the same run, and
 * reports build time and peak memory (the ratio is the figure), the facet index and point data
 * sizes, and in Chromium: what each page type loads (gzip), the time from a facet click to updated
 * results, the map's first render and the time a pan or zoom takes; then Lighthouse (mobile) on
 * every page type. Writes BENCHMARKS.md, keeping its hand-measured "Figures behind design choices"
 * section. Nothing here runs in CI: it times things, and CI does not.
 *
 * --skip-lighthouse leaves Lighthouse out (and keeps the Lighthouse section BENCHMARKS.md has).
 * --lighthouse-only builds each size once, untimed, runs only Lighthouse and replaces only that
 * section; --dist audits a site already built (`npm run build` gives the sample's dist/), alone
 * or before the --sizes asked for.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  facetClickTimes,
  gapsTimes,
  gz,
  mapTimes,
  meetingsTimes,
  pageWeight,
  withBrowser,
  withServer,
  type GapsTimes,
  type MapTimes,
  type MeetingsTimes,
  type Weight,
} from './bench/browser.ts';
import { firstMeetingTimes } from './bench/first-meeting.ts';
import { generateListings } from './bench/generate.ts';
import { pageTypes } from './bench/page-types.ts';
import { pageFiles, precachedPages } from '#lib/offline/plan.ts';
import { BARE_CONFIG, BARE_CONTENT_CONFIG, bareExtraPages, barePage } from './bench/bare-project.ts';
import { largestPage, lighthouseRuns } from './bench/lighthouse.ts';
import {
  LIGHTHOUSE_HEADING,
  lighthousePaths,
  lighthouseSection,
  replaceSection,
  sectionOf,
  tileBlockPattern,
  type LighthouseRow,
} from './bench/lighthouse-report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'lighthouse-only': { type: 'boolean', default: false },
    dist: { type: 'string' },
  },
});
const lighthouseOnly = values['lighthouse-only'] || values.dist !== undefined;
if (lighthouseOnly && values['skip-lighthouse'])
  throw new Error('--skip-lighthouse and --lighthouse-only exclude each other');
const runs = Math.max(1, Number(values.runs));
// With --dist, only the sizes asked for besides it.
const sizes = (values.sizes ?? (values.dist === undefined ? '1000,10000' : '')).split(',').filter(Boolean).map(Number);
const root = resolve('.');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runLighthouse = !values['skip-lighthouse'] && existsSync(chromiumPath);

/**
 * How long a browser step may wait for a page at `size` listings: a minute, plus time that grows
 * with the pages (at 100,000 listings /find/ took longer than 30 s to load). A step that runs
 * out is reported as not finished, and the bench goes on.
 */
const stepTimeout = (size: number) => 60_000 + size * 3;

/** Runs a measuring step; if it fails or times out, says so and gives undefined. */
async function attempt<T>(what: string, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    console.log(`  ${what} did not finish: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return undefined;
  }
}

interface BuildRun {
  seconds: number;
  peakMB: number;
  /** The highest memory Pagefind's own processes took at once (part of `peakMB`). */
  searchPeakMB: number;
}

/** Runs `astro build` in `dir`, timing it and sampling the process tree's peak memory. */
async function timedBuild(dir: string): Promise<BuildRun> {
  clean(dir);
  const start = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  let searchPeak = 0;
  const sample = setInterval(() => {
    // Resident memory of the build and its children (Pagefind runs as a child process).
    const ps = spawnSync('ps', ['-o', 'rss=,comm=', '--ppid', String(child.pid), '-p', String(child.pid)], {
      encoding: 'utf8',
    });
    const rows = ps.stdout
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => ({ kb: Number(m[1]), command: m[2]! }));
    const sum = (xs: typeof rows) => xs.reduce((a, b) => a + b.kb, 0);
    peak = Math.max(peak, sum(rows));
    searchPeak = Math.max(searchPeak, sum(rows.filter((r) => r.command.startsWith('pagefind'))));
  }, 100);
  const code: number = await new Promise((done) => child.on('close', done));
  clearInterval(sample);
  if (code !== 0) throw new Error(`build failed in ${dir}:\n${stderr.slice(-2000)}`);
  return {
    seconds: (performance.now() - start) / 1000,
    peakMB: Math.round(peak / 1024),
    searchPeakMB: Math.round(searchPeak / 1024),
  };
}

/**
 * Links every installed package into `dir`/node_modules one by one, so each copy keeps its own
 * Astro cache (node_modules/.astro): with one shared cache the second build reuses the first
 * one's parsed entries and the comparison is off by seconds.
 */
function linkPackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** Removes what an earlier build left, so every timed build starts cold, as in CI. */
function clean(dir: string): void {
  for (const entry of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(dir, entry), { recursive: true, force: true });
  }
}

/** A copy of this project with `count` generated listings instead of the sample data. */
function projectCopy(count: number, listings: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `asset-map-bench-${count}-`));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'data/site.yaml']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  linkPackages(dir);
  for (const [path, text] of listings) {
    mkdirSync(dirname(join(dir, 'data/listings', path)), { recursive: true });
    writeFileSync(join(dir, 'data/listings', path), text);
  }
  return dir;
}

/** What the bench reads from data/site.yaml. */
function siteFile(): { languages?: string[]; timezone?: string; map?: { tile_url?: string } } {
  return parse(readFileSync(join(root, 'data/site.yaml'), 'utf8')) as ReturnType<typeof siteFile>;
}

/** The languages data/site.yaml builds the site in. */
function siteLanguages(): string[] {
  return siteFile().languages ?? ['en'];
}

/** The site's time zone from data/site.yaml: the browser's, as for a peer in the community. */
function siteTimeZone(): string {
  return siteFile().timezone ?? 'UTC';
}

/** The map's tile server from data/site.yaml, as a pattern Lighthouse blocks. */
function tilePattern(): string {
  return tileBlockPattern(siteFile().map?.tile_url ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png');
}

/** Lighthouse on every page type of the site built in `dist`, served at `base`; none if it fails. */
async function lighthouseOf(build: string, dist: string, base: string, timeout: number): Promise<LighthouseRow[]> {
  console.log('Lighthouse (mobile, simulated throttling) on every page type…');
  const load = loadavg()[0]!;
  const start = performance.now();
  const rows = await attempt('Lighthouse', () => {
    const paths = lighthousePaths(siteLanguages(), largestPage(dist, 'listings'), largestPage(dist, 'categories'));
    return lighthouseRuns(build, base, dist, paths, {
      chromiumPath,
      blocked: [tilePattern()],
      timeout,
      timeZone: siteTimeZone(),
    });
  });
  const seconds = (performance.now() - start) / 1000;
  console.log(`  Lighthouse took ${seconds.toFixed(0)} s`);
  lighthouseTimes.push(`${seconds.toFixed(0)} s at ${build} (load average ${load.toFixed(1)} at the start)`);
  return rows ?? [];
}

/** The bare baseline: one page per entry and language, no validation, search, facets or styling. */
function bareCopy(count: number, listings: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `asset-map-bare-${count}-`));
  mkdirSync(join(dir, 'src/pages/[...lang]/listings'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), BARE_CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), BARE_CONTENT_CONFIG);
  // As many pages as the project renders: each listing in every language site.yaml lists.
  writeFileSync(join(dir, 'src/pages/[...lang]/listings/[...slug].astro'), barePage(siteLanguages()));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  linkPackages(dir);
  for (const [path, text] of listings) {
    mkdirSync(dirname(join(dir, 'data/listings', path)), { recursive: true });
    writeFileSync(join(dir, 'data/listings', path), text);
  }
  return dir;
}

/** HTML files under `dir`: the pages a build wrote. */
function htmlFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;
}

/** The pages the full build wrote, and those of them that are not listing pages. */
const pagesCounted = new Map<number, { pages: number; extra: number }>();

/**
 * Gives the bare project as many pages as the full build wrote in `dist`: it has one per entry
 * and language (`entryPages`), and gets one numbered page for each other (bench/bare-project.ts).
 */
function matchPageCount(bare: string, dist: string, entryPages: number): { pages: number; extra: number } {
  const pages = htmlFiles(dist);
  const extra = pages - entryPages;
  if (extra < 0) throw new Error(`the full build wrote ${pages} pages, fewer than the ${entryPages} listing pages`);
  mkdirSync(join(bare, 'src/pages/other'), { recursive: true });
  writeFileSync(join(bare, 'src/pages/other/[n].astro'), bareExtraPages(extra));
  return { pages, extra };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The run with the median time, and the highest peak memory of all runs. */
const medianRun = (xs: BuildRun[]): BuildRun => ({
  seconds: median(xs.map((x) => x.seconds)),
  peakMB: Math.max(...xs.map((x) => x.peakMB)),
  searchPeakMB: Math.max(...xs.map((x) => x.searchPeakMB)),
});
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows: string[] = [];
const weightRows: string[] = [];
const mapRows: string[] = [];
const meetingRows: string[] = [];
const gapsRows: string[] = [];
const precacheRows: string[] = [];
const lighthouseRows: LighthouseRow[] = [];
/** How long each build's Lighthouse step took, for the section's first line. */
const lighthouseTimes: string[] = [];
const label = (size: number) => size.toLocaleString('en-US');
if (lighthouseOnly && !runLighthouse)
  throw new Error(`Lighthouse needs Chromium: none at ${chromiumPath} (CHROMIUM_PATH)`);

if (values.dist !== undefined) {
  // A site built already (the sample, by `npm run build`): Lighthouse only, labelled by its listings.
  const dist = resolve(values.dist);
  const count = readdirSync(join(dist, 'listings'), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
  const build = `${label(count)} (${values.dist.replace(/\/$/, '')}/)`;
  await withServer(root, dist, async (base) => {
    lighthouseRows.push(...(await lighthouseOf(build, dist, base, stepTimeout(count))));
  });
}
for (const size of sizes) {
  console.log(`\n=== ${size} listings ===`);
  const listings = generateListings(size);
  const project = projectCopy(size, listings);
  const bare = lighthouseOnly ? undefined : bareCopy(size, listings);
  const dist = join(project, 'dist');
  try {
    if (!bare) {
      console.log('full build (untimed)…');
      await timedBuild(project);
      await withServer(root, dist, async (base) => {
        lighthouseRows.push(...(await lighthouseOf(label(size), dist, base, stepTimeout(size))));
      });
      continue;
    }
    // Alternate the two builds so a slow spell on a shared machine hits both alike. The full
    // build goes first: the pages it writes say how many the bare one must render.
    const bareRuns: BuildRun[] = [];
    const fullRuns: BuildRun[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`run ${run} of ${runs}: full build (validate + pages + facet index + Pagefind + exports)…`);
      fullRuns.push(await timedBuild(project));
      console.log(`  ${fullRuns.at(-1)!.seconds.toFixed(1)} s, ${fullRuns.at(-1)!.peakMB} MB`);
      if (run === 1) pagesCounted.set(size, matchPageCount(bare, dist, listings.size * siteLanguages().length));
      console.log(`run ${run} of ${runs}: bare Astro build…`);
      bareRuns.push(await timedBuild(bare));
      console.log(`  ${bareRuns.at(-1)!.seconds.toFixed(1)} s, ${bareRuns.at(-1)!.peakMB} MB`);
      const barePages = htmlFiles(join(bare, 'dist'));
      if (barePages !== pagesCounted.get(size)!.pages)
        throw new Error(`the bare build wrote ${barePages} pages, the full one ${pagesCounted.get(size)!.pages}`);
    }
    const bareRun = medianRun(bareRuns);
    const fullRun = medianRun(fullRuns);
    const ratios = fullRuns.map((f, i) => f.seconds / bareRuns[i]!.seconds);
    const facetIndex = gz(join(dist, 'find/facets.json'));
    const pointData = gz(join(dist, 'find/points.json'));
    // A listing with a place, whose page has a map (loaded only when scrolled to).
    const detailPath = [...listings].find(([, text]) => text.includes('geo:'))![0];
    const detailSlug = detailPath.split('/').pop()!.replace(/\.md$/, '');
    // A step that does not finish in time leaves its figures undefined: "did not finish" below.
    const weights: Record<string, Weight | undefined> = {};
    let clicks: number[] | undefined;
    let map: MapTimes | undefined;
    let meetings: MeetingsTimes | undefined;
    let firstMeeting: number[] | undefined;
    let gaps: GapsTimes | undefined;
    const chromiumThere = existsSync(chromiumPath);
    if (chromiumThere) {
      await withServer(root, dist, async (base) => {
        console.log('page weights, facet clicks and the map in Chromium…');
        await attempt('Chromium', () =>
          withBrowser(chromiumPath, base, stepTimeout(size), siteTimeZone(), async (site) => {
            const pages = pageTypes(detailSlug);
            // Each page type again in every other language, beside its twin: the budget is a
            // translated page weighing no more than the original, within 5%.
            for (const [type, path, ready] of pages) {
              weights[type] = await attempt(path, () => pageWeight(site, dist, path, ready));
              for (const lang of siteLanguages().slice(1)) {
                const translated = `/${lang}${path}`;
                weights[`${type} (${lang})`] = await attempt(translated, () =>
                  pageWeight(site, dist, translated, ready),
                );
              }
            }
            clicks = await attempt('facet clicks', () => facetClickTimes(site));
            map = await attempt('the map', () => mapTimes(site));
            meetings = await attempt('the meetings page', () => meetingsTimes(site));
            firstMeeting = await attempt('the first meeting on a phone', () => firstMeetingTimes(site));
            gaps = await attempt('the gaps page', () => gapsTimes(site));
          }),
        );
        if (runLighthouse) {
          lighthouseRows.push(...(await lighthouseOf(label(size), dist, base, stepTimeout(size))));
        }
      });
    }
    const ms = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} ms (max ${Math.max(...xs).toFixed(0)})` : '–');
    const unfinished = chromiumThere ? 'did not finish' : 'no Chromium';
    rows.push(
      `| ${label(size)} | ${fullRun.seconds.toFixed(1)} s | ${bareRun.seconds.toFixed(1)} s | **${(fullRun.seconds / bareRun.seconds).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${fullRun.peakMB} MB (${fullRun.searchPeakMB} MB) | ${bareRun.peakMB} MB | ${kb(facetIndex)} KB | ${clicks ? ms(clicks) : unfinished} |`,
    );
    // The offline precache: every file sw.js lists, gzipped; the pages too big for it.
    const precached = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"\/([^"]+)"/g)].map((m) => m[1]!);
    const precacheBytes = precached.reduce((sum, file) => sum + gz(join(dist, file)), 0);
    const sizeOf = (file: string) => (existsSync(join(dist, file)) ? statSync(join(dist, file)).size : undefined);
    const leftOut = precachedPages(siteLanguages(), sizeOf)
      .leftOut.flatMap((page) => pageFiles(siteLanguages(), page))
      .map((file) => `/${file.replace(/index\.html$/, '')} (${kb(gz(join(dist, file)))} KB)`);
    precacheRows.push(
      `| ${label(size)} | ${precached.length} | ${kb(precacheBytes)} KB | ${leftOut.join(', ') || 'none'} |`,
    );
    const total = (w: Weight) => w.html + w.css + w.js + w.data;
    for (const [type, w] of Object.entries(weights)) {
      if (!w) {
        weightRows.push(`| ${label(size)} | ${type} | did not finish | | | | |`);
        continue;
      }
      const twin = weights[type.replace(/ \(\w+\)$/, '')];
      const versus = twin && twin !== w ? `${((total(w) / total(twin) - 1) * 100).toFixed(1)}%` : '';
      weightRows.push(
        `| ${label(size)} | ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.data)} | ${versus} |`,
      );
    }
    if (chromiumThere) {
      mapRows.push(
        map
          ? `| ${label(size)} | ${kb(pointData)} KB | ${ms(map.firstRender)} | ${ms(map.fromNavigation)} | ${ms(map.updates)} | ${map.markers} |`
          : `| ${label(size)} | ${kb(pointData)} KB | did not finish | | | |`,
      );
      meetingRows.push(
        meetings
          ? `| ${label(size)} | ${firstMeeting ? ms(firstMeeting) : 'did not finish'} | ${meetings.sessions.toLocaleString('en-US')} | ${ms(meetings.ready)} | ${ms(meetings.script)} | ${ms(meetings.filter)} |`
          : `| ${label(size)} | ${firstMeeting ? ms(firstMeeting) : 'did not finish'} | | did not finish | | |`,
      );
      gapsRows.push(
        gaps
          ? `| ${label(size)} | ${gaps.places} | ${ms(gaps.ready)} | ${ms(gaps.compute)} | ${ms(gaps.shown)} |`
          : `| ${label(size)} | | did not finish | | |`,
      );
    }
  } finally {
    if (!values.keep) {
      rmSync(project, { recursive: true, force: true });
      if (bare) rmSync(bare, { recursive: true, force: true });
    }
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free), ${platform()} ${release()}, Node ${process.version}.
Listings are generated (realistic mixes of categories, support types, pathways, schedules and
hours, all inside the region) into temporary copies of this project and of a bare Astro project
that reads the same files with the \`glob()\` loader and renders as many pages as the full build
writes (${[...pagesCounted].map(([size, c]) => `${c.pages.toLocaleString('en-US')} at ${label(size)}`).join(', ') || 'counted in each run'}):
one per entry and language, and one entry's page again for each of the project's other pages,
and nothing else. Both builds run in the same session, ${runs === 1 ? 'once' : `${runs} times`} each, alternating (the full
one first, as its pages give the count), every one from a cold cache
(no \`dist/\`, no \`.astro\` cache); the table gives the median time, the ratio of the medians
with the range of the per-run ratios, and the highest peak memory (in brackets, the most the
search index's Pagefind processes held at once). The ratio is the figure
that matters: this 2-core machine is shared and single runs vary by 20% or more.

## Build

| listings | full build | bare Astro | ratio (target ≤ 1.5×; range) | peak memory (Pagefind's part) | bare peak memory | facet index (gzip) | facet click → results (median of 12) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The full build validates every file, renders the detail, landing, finder, meetings and start
pages, writes the facet index, builds the Pagefind search index, writes the open-data exports
(JSON, GeoJSON, CSV, HSDS, Atom, Meeting Guide, iCalendar) and one calendar file per listing with
a schedule, the sitemap and \`_headers\`. Facet-click time is measured in Chromium
from the click to the frame after the count changed (target ≤ 50 ms at 10,000 listings).

## Page weight on first load (KB, gzip)

| listings | page | HTML | CSS | JS | data | vs. its twin (target ≤ +5%) |
| --- | --- | --- | --- | --- | --- | --- |
${weightRows.join('\n')}

Measured in Chromium at 1280 × 900: every file the page requested from the site until the network
was quiet (for the finder and the map, until the first markers were drawn), gzipped as a CDN would
serve it. On the finder and the map page this includes the lazily loaded map chunk (Leaflet,
supercluster) and its stylesheet; "data" is the facet index and the point data. A detail page's
own map sits at the end of the page and loads only when scrolled to, so it is not in the first
load. Pagefind's files load only when someone searches. The listing form is weighed
on an edit (/contribute/edit/?slug=…, which checks the listing it opens with, so it loads its
checker at once and its data file; a blank new form loads the checker only when a box is first
reached for), until its checker has loaded: its JS includes the validator, the file writer and what
they bring (zod, the YAML readers, the Markdown parser, the phone library), which no other page
loads. Targets: detail pages no framework JS (≤ 30 KB), HTML + CSS ≤ 25 KB; finder and map JS
≤ 130 KB.

## Map

| listings | point data (gzip) | first render (from map start) | first render (from navigation) | pan or zoom (re-cluster + redraw) | markers in view |
| --- | --- | --- | --- | --- | --- |
${mapRows.join('\n')}

/map/ at 1280 × 900, loaded 5 times; "from map start" runs from the map code starting with the
point data in hand to the first frame with markers (Leaflet set-up, clustering every matching
point, drawing the clusters in view); "from navigation" adds loading the page, React, the facet
index, the point data and the map chunk from a local server. Pan and zoom: 12 keyboard moves
(arrows and +/−), each timed from Leaflet's \`moveend\` to the redrawn markers; Leaflet's own
animation (about 250 ms by design) is not counted. Targets at 10,000 listings: first render
≤ 300 ms, each interaction ≤ 50 ms.

## Meetings page

| listings | first meeting on screen (phone profile; target ≤ 350 ms) | sessions on the page | week ordered and "in progress" filled (from navigation) | the page script alone | filter click → next frame |
| --- | --- | --- | --- | --- | --- |
${meetingRows.join('\n')}

/meetings/ at 390 × 844 (a phone), loaded 5 times. "First meeting on screen": from navigation to
the first frame with a meeting row in view, on the bench's phone profile (CPU slowed 4×, a 9 Mbps
link with 60 ms latency, served gzipped, a cold cache each load). The other columns: no
throttling. The HTML opens on today (the whole week while it is small, today alone past that,
with each day on its own page); the script puts what is still to come on top, works out every
session's state from the device clock and fills "in progress now". Every browser measurement here
runs in the site's time zone, as a peer in the community does.

## Gaps page

| listings | places | first coverage shown (from navigation) | a change: recount every place | a change: shown (sentences, table, map) |
| --- | --- | --- | --- | --- |
${gapsRows.join('\n')}

/gaps/ at 1280 × 900, loaded 3 times, the map on screen; each load makes six changes of filter
or distance through the page's own form. "Recount" is the page's own figure (matching, then the
count and nearest asset for every place); "shown" runs from the change to the frame after the
sentences, the table and the map markers were redrawn. Target at 10,000 listings: ≤ 100 ms.

## Offline precache

| listings | files precached | precache (gzip) | pages left to runtime caching (gzip) |
| --- | --- | --- | --- |
${precacheRows.join('\n')}

What the service worker fetches at a first visit (src/lib/offline/plan.ts): the start, finder,
meetings, list, check-in, safety and offline pages in every language, the finder's data, and the
scripts, styles and icons, gzipped as a CDN would serve them. A page over 2 MB (uncompressed) in
any language is not precached in any language: it is kept once it has been opened. Listing pages and Pagefind's files are always left to runtime
caching. Target for the sample site: ≤ 1.5 MB.
`;
// The figures behind design choices are measured by hand, once, when a choice is made: keep them.
const KEPT = '\n## Figures behind design choices\n';
const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
// The section says when and how it was measured: it may be older than the tables above it.
const args = process.argv.slice(2).join(' ');
const measured = `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench${args ? ` -- ${args}` : ''}\``;
const took = lighthouseTimes.length ? ` Lighthouse took ${lighthouseTimes.join(', ')}.` : '';
if (lighthouseOnly) {
  // Only the Lighthouse section is new: the other tables stay as the last full run wrote them.
  const section = lighthouseSection(lighthouseRows, tilePattern(), `${measured}, apart from the tables above.${took}`);
  writeFileSync(values.out, replaceSection(previous, LIGHTHOUSE_HEADING, section, KEPT.trim()));
} else {
  const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : '';
  // Skipped, Lighthouse keeps its last figures.
  const lighthouse = runLighthouse
    ? lighthouseSection(lighthouseRows, tilePattern(), `${measured}, with the tables above.${took}`)
    : (sectionOf(previous, LIGHTHOUSE_HEADING) ??
      `${LIGHTHOUSE_HEADING}\n\nNot measured yet: run the bench without --skip-lighthouse, with Chromium (CHROMIUM_PATH).\n`);
  writeFileSync(values.out, `${report}\n${lighthouse}${kept}`);
}
console.log(`\nwrote ${values.out}`);
