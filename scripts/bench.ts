/**
 * npm run bench [-- --sizes 1000,10000] [-- --runs 3] [-- --out BENCHMARKS.md] [-- --keep]
 *
 * Generates synthetic listings (realistic field mixes, inside the region) into temporary copies
 * of the project and of a bare Astro page-per-entry project, builds both in the same run, and
 * reports build time and peak memory (the ratio is the figure), the facet index and point data
 * sizes, and in Chromium: what each page type loads (gzip), the time from a facet click to updated
 * results, the map's first render and the time a pan or zoom takes.
 * Writes BENCHMARKS.md, keeping its hand-measured "Figures behind design choices" section. Nothing
 * here runs in CI: it times things, and CI does not.
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
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
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
  withPreview,
  type GapsTimes,
  type MapTimes,
  type MeetingsTimes,
  type Weight,
} from './bench/browser.ts';
import { generateListings } from './bench/generate.ts';
import { pageFiles, precachedPages } from '#lib/offline/plan.ts';
import { BARE_CONFIG, BARE_CONTENT_CONFIG, barePage } from './bench/bare-project.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes.split(',').map(Number);
const root = resolve('.');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface BuildRun {
  seconds: number;
  peakMB: number;
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
  const sample = setInterval(() => {
    // Resident memory of the build and its children (Pagefind runs as a child process).
    const ps = spawnSync('ps', ['-o', 'rss=', '--ppid', String(child.pid), '-p', String(child.pid)], {
      encoding: 'utf8',
    });
    const kb = ps.stdout
      .split('\n')
      .map(Number)
      .filter(Boolean)
      .reduce((a, b) => a + b, 0);
    peak = Math.max(peak, kb);
  }, 100);
  const code: number = await new Promise((done) => child.on('close', done));
  clearInterval(sample);
  if (code !== 0) throw new Error(`build failed in ${dir}:\n${stderr.slice(-2000)}`);
  return { seconds: (performance.now() - start) / 1000, peakMB: Math.round(peak / 1024) };
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

/** The languages data/site.yaml builds the site in. */
function siteLanguages(): string[] {
  const site = parse(readFileSync(join(root, 'data/site.yaml'), 'utf8')) as { languages?: string[] };
  return site.languages ?? ['en'];
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The run with the median time, and the highest peak memory of all runs. */
const medianRun = (xs: BuildRun[]): BuildRun => ({
  seconds: median(xs.map((x) => x.seconds)),
  peakMB: Math.max(...xs.map((x) => x.peakMB)),
});
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows: string[] = [];
const weightRows: string[] = [];
const mapRows: string[] = [];
const meetingRows: string[] = [];
const gapsRows: string[] = [];
const precacheRows: string[] = [];
for (const size of sizes) {
  console.log(`\n=== ${size} listings ===`);
  const listings = generateListings(size);
  const project = projectCopy(size, listings);
  const bare = bareCopy(size, listings);
  try {
    // Alternate the two builds so a slow spell on a shared machine hits both alike.
    const bareRuns: BuildRun[] = [];
    const fullRuns: BuildRun[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`run ${run} of ${runs}: bare Astro build…`);
      bareRuns.push(await timedBuild(bare));
      console.log(`  ${bareRuns.at(-1)!.seconds.toFixed(1)} s, ${bareRuns.at(-1)!.peakMB} MB`);
      console.log(`run ${run} of ${runs}: full build (validate + pages + facet index + Pagefind + exports)…`);
      fullRuns.push(await timedBuild(project));
      console.log(`  ${fullRuns.at(-1)!.seconds.toFixed(1)} s, ${fullRuns.at(-1)!.peakMB} MB`);
    }
    const bareRun = medianRun(bareRuns);
    const fullRun = medianRun(fullRuns);
    const ratios = fullRuns.map((f, i) => f.seconds / bareRuns[i]!.seconds);
    const dist = join(project, 'dist');
    const facetIndex = gz(join(dist, 'find/facets.json'));
    const pointData = gz(join(dist, 'find/points.json'));
    // A listing with a place, whose page has a map (loaded only when scrolled to).
    const detailPath = [...listings].find(([, text]) => text.includes('geo:'))![0];
    const detailSlug = detailPath.split('/').pop()!.replace(/\.md$/, '');
    const weights: Record<string, Weight> = {};
    let clicks: number[] = [];
    let map: MapTimes | undefined;
    let meetings: MeetingsTimes | undefined;
    let gaps: GapsTimes | undefined;
    if (existsSync(chromiumPath)) {
      console.log('page weights, facet clicks and the map in Chromium…');
      await withPreview(root, dist, chromiumPath, async (browser, base) => {
        const pages: [string, string, string?][] = [
          ['start', '/'],
          ['detail', `/listings/${detailSlug}/`],
          ['landing', '/categories/food/'],
          ['finder (list + map)', '/find/', '.leaflet-marker-icon'],
          ['map', '/map/', '.leaflet-marker-icon'],
          ['meetings', '/meetings/'],
        ];
        // Each page type again in every other language, beside its twin: the budget is a
        // translated page weighing no more than the original, within 5%.
        for (const [type, path, ready] of pages) {
          weights[type] = await pageWeight(browser, base, dist, path, ready);
          for (const lang of siteLanguages().slice(1)) {
            weights[`${type} (${lang})`] = await pageWeight(browser, base, dist, `/${lang}${path}`, ready);
          }
        }
        clicks = await facetClickTimes(browser, base);
        map = await mapTimes(browser, base);
        meetings = await meetingsTimes(browser, base);
        gaps = await gapsTimes(browser, base);
      });
    }
    const ms = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} ms (max ${Math.max(...xs).toFixed(0)})` : '–');
    rows.push(
      `| ${size.toLocaleString('en-US')} | ${fullRun.seconds.toFixed(1)} s | ${bareRun.seconds.toFixed(1)} s | **${(fullRun.seconds / bareRun.seconds).toFixed(2)}×** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${fullRun.peakMB} MB | ${bareRun.peakMB} MB | ${kb(facetIndex)} KB | ${clicks.length ? ms(clicks) : 'no Chromium'} |`,
    );
    // The offline precache: every file sw.js lists, gzipped; the pages too big for it.
    const precached = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"\/([^"]+)"/g)].map((m) => m[1]!);
    const precacheBytes = precached.reduce((sum, file) => sum + gz(join(dist, file)), 0);
    const sizeOf = (file: string) => (existsSync(join(dist, file)) ? statSync(join(dist, file)).size : undefined);
    const leftOut = precachedPages(siteLanguages(), sizeOf)
      .leftOut.flatMap((page) => pageFiles(siteLanguages(), page))
      .map((file) => `/${file.replace(/index\.html$/, '')} (${kb(gz(join(dist, file)))} KB)`);
    precacheRows.push(
      `| ${size.toLocaleString('en-US')} | ${precached.length} | ${kb(precacheBytes)} KB | ${leftOut.join(', ') || 'none'} |`,
    );
    const total = (w: Weight) => w.html + w.css + w.js + w.data;
    for (const [type, w] of Object.entries(weights)) {
      const twin = weights[type.replace(/ \(\w+\)$/, '')];
      const versus = twin && twin !== w ? `${((total(w) / total(twin) - 1) * 100).toFixed(1)}%` : '';
      weightRows.push(
        `| ${size.toLocaleString('en-US')} | ${type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.data)} | ${versus} |`,
      );
    }
    if (map) {
      mapRows.push(
        `| ${size.toLocaleString('en-US')} | ${kb(pointData)} KB | ${ms(map.firstRender)} | ${ms(map.fromNavigation)} | ${ms(map.updates)} | ${map.markers} |`,
      );
    }
    if (meetings) {
      meetingRows.push(
        `| ${size.toLocaleString('en-US')} | ${meetings.sessions.toLocaleString('en-US')} | ${ms(meetings.ready)} | ${ms(meetings.script)} | ${ms(meetings.filter)} |`,
      );
    }
    if (gaps) {
      gapsRows.push(
        `| ${size.toLocaleString('en-US')} | ${gaps.places} | ${ms(gaps.ready)} | ${ms(gaps.compute)} | ${ms(gaps.shown)} |`,
      );
    }
  } finally {
    if (!values.keep) {
      rmSync(project, { recursive: true, force: true });
      rmSync(bare, { recursive: true, force: true });
    }
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free), ${platform()} ${release()}, Node ${process.version}.
Listings are generated (realistic mixes of categories, support types, pathways, schedules and
hours, all inside the region) into temporary copies of this project and of a bare Astro project
that renders one page per entry from the same files with the \`glob()\` loader and nothing else.
Both builds run in the same session, ${runs} times each, alternating, every one from a cold cache
(no \`dist/\`, no \`.astro\` cache); the table gives the median time, the ratio of the medians
with the range of the per-run ratios, and the highest peak memory. The ratio is the figure
that matters: this 2-core machine is shared and single runs vary by 20% or more.

## Build

| listings | full build | bare Astro | ratio (target ≤ 1.5×; range) | peak memory | bare peak memory | facet index (gzip) | facet click → results (median of 12) |
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
load. Pagefind's files load only when someone searches. Targets: detail pages no framework JS
(≤ 30 KB), HTML + CSS ≤ 25 KB; finder and map JS ≤ 130 KB.

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

| listings | weekly sessions | week ordered and "in progress" filled (from navigation) | the page script alone | filter click → next frame |
| --- | --- | --- | --- | --- |
${meetingRows.join('\n')}

/meetings/ at 390 × 844 (a phone), loaded 5 times, no CPU throttling. The HTML is the whole week;
the script then orders it from today, works out every session's state from the device clock
and fills "in progress now". Days below the screen are laid out only as they come near it
(\`content-visibility: auto\`).

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
const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : '';
writeFileSync(values.out, report + kept);
console.log(`\nwrote ${values.out}`);
