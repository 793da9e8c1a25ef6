/**
 * The benchmark's measurements in Chromium against a built site: what each page really loads
 * on first view, how long a facet click takes, and how fast the map draws and follows a pan or
 * zoom. Map tiles are blocked (this machine has no network), as in the browser tests. Every wait
 * gives up after the step's timeout and throws, so the bench can report the step as not finished.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

/** Bytes of a built file gzipped as a CDN would serve it. */
export const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Serves `dist` with `astro preview` and runs `work` against it. The preview server (Vite's)
 * gzips text files of 1 KB and more, as a CDN would.
 */
export async function withServer<T>(root: string, dist: string, work: (base: string) => Promise<T>): Promise<T> {
  const port = 4500 + Math.floor(Math.random() * 400);
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dirname(dist), stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/`).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    return await work(base);
  } finally {
    server.kill();
  }
}

/** A browser, the site it measures, and how long any one step may wait for a page. */
export interface Site {
  browser: Browser;
  base: string;
  timeout: number;
  /** The browser's time zone: the site's own, as for a peer in the community it serves. */
  timeZone: string;
}

/** Runs `work` with Chromium pointed at the site served at `base`; each wait gives up after `timeout` ms. */
export async function withBrowser<T>(
  chromiumPath: string,
  base: string,
  timeout: number,
  timeZone: string,
  work: (site: Site) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    return await work({ browser, base, timeout, timeZone });
  } finally {
    await browser.close();
  }
}

/** A fresh page (its own context, so a cold cache) that reaches only the site and waits at most the step's time. */
export async function openPage(
  { browser, timeout, timeZone }: Site,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, timezoneId: timeZone });
  // Every navigation and wait of a step: large sites take long to load, and a step that gives up
  // is reported as not finished rather than ending the bench.
  page.setDefaultTimeout(timeout);
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  return page;
}

export interface Weight {
  html: number;
  css: number;
  js: number;
  /** JSON the page fetched (facet index, point data). */
  data: number;
}

/**
 * Gzip bytes of what a page requested from the site on first view at 1280 × 900, until the
 * network was quiet (and, with `ready`, until that selector appeared): the files as they are in
 * dist/, compressed as a CDN would serve them.
 */
export async function pageWeight(site: Site, dist: string, path: string, ready?: string) {
  const { base } = site;
  const page = await openPage(site);
  const requested: { url: string; type: string }[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(base)) requested.push({ url: r.url(), type: r.resourceType() });
  });
  await page.goto(`${base}${path}`);
  if (ready) await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await page.close();
  const weight: Weight = { html: 0, css: 0, js: 0, data: 0 };
  for (const { url, type } of requested) {
    let file = new URL(url).pathname;
    if (file.endsWith('/')) file += 'index.html';
    const bytes = gz(join(dist, decodeURIComponent(file)));
    if (type === 'document') weight.html += bytes;
    else if (type === 'stylesheet') weight.css += bytes;
    else if (type === 'script') weight.js += bytes;
    else if (type === 'fetch' || type === 'xhr') weight.data += bytes;
  }
  return weight;
}

/** Time from a facet click to the frame after the count changed, with the map beside the list. */
export async function facetClickTimes(site: Site): Promise<number[]> {
  const { base } = site;
  const page = await openPage(site);
  await page.goto(`${base}/find/`);
  await page.waitForSelector('[data-finder-ready]');
  await page.waitForSelector('[data-map-points]');
  const boxes = ['f-support-instrumental', 'f-pathway-medication-assisted', 'f-support-emotional', 'f-category-food'];
  // A closed group holds links until it is opened (FacetGroups.tsx): each group is opened as a
  // person would, untimed, so its boxes exist.
  for (const id of boxes) {
    const group = id.split('-')[1]!;
    await page.evaluate((key) => {
      const details = document.querySelector<HTMLDetailsElement>(`details.facet[data-facet="${key}"]`)!;
      if (!details.open) details.querySelector('summary')!.click();
    }, group);
    await page.waitForSelector(`#${id}`);
  }
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const id of boxes) {
      times.push(
        await page.evaluate(
          (boxId) =>
            new Promise<number>((done) => {
              const count = document.querySelector('[data-result-count]')!;
              const before = count.textContent;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (count.textContent === before) return;
                observer.disconnect();
                // The frame after the change: cards restyled and laid out.
                requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
              });
              observer.observe(count, { childList: true, characterData: true, subtree: true });
              (document.getElementById(boxId) as HTMLInputElement).click();
            }),
          id,
        ),
      );
      // Let the map catch up before the next click, as a person would.
      await page.waitForTimeout(150);
    }
  }
  await page.close();
  return times;
}

export interface MapTimes {
  /** From the map code starting (points fetched) to the first frame with markers, per load. */
  firstRender: number[];
  /** The same moment, measured from the start of navigation. */
  fromNavigation: number[];
  /** Re-clustering and redrawing after each pan or zoom. */
  updates: number[];
  /** Markers and clusters in view on first render. */
  markers: number;
}

/** Loads /map/ `loads` times and pans and zooms it with the keyboard, reading the map's own marks. */
export async function mapTimes(site: Site, loads = 5): Promise<MapTimes> {
  const { base } = site;
  const result: MapTimes = { firstRender: [], fromNavigation: [], updates: [], markers: 0 };
  for (let i = 0; i < loads; i++) {
    const page = await openPage(site);
    await page.goto(`${base}/map/`);
    const measure = await page.waitForFunction(() => {
      const entry = performance.getEntriesByName('map:first-render')[0];
      return entry && { duration: entry.duration, end: entry.startTime + entry.duration };
    });
    const { duration, end } = (await measure.jsonValue())!;
    result.firstRender.push(duration);
    result.fromNavigation.push(end);
    result.markers = await page.locator('.leaflet-marker-icon').count();
    if (i === loads - 1) {
      await page.locator('.map-canvas').focus();
      const updates = () => page.evaluate(() => performance.getEntriesByName('map:update').length);
      for (const key of [
        'ArrowRight',
        'ArrowDown',
        'ArrowLeft',
        'ArrowUp',
        '+',
        '+',
        '-',
        '-',
        '-',
        '+',
        'ArrowRight',
        'ArrowLeft',
      ]) {
        const before = await updates();
        await page.keyboard.press(key);
        await page.waitForFunction((n) => performance.getEntriesByName('map:update').length > n, before);
      }
      const durations = await page.evaluate(() =>
        performance.getEntriesByName('map:update').map((entry) => entry.duration),
      );
      // The first update is the initial draw; the rest follow the keys.
      result.updates = durations.slice(1);
    }
    await page.close();
  }
  return result;
}

export interface MeetingsTimes {
  sessions: number;
  /** From navigation to the script having ordered the week and filled "in progress". */
  ready: number[];
  /** The script's own share of that. */
  script: number[];
  /** A filter click to the next frame. */
  filter: number[];
}

/**
 * /meetings/ on a phone-sized screen: how long until the week is ordered and "in progress" is
 * filled (from navigation, and the script alone), and how long a filter click takes.
 */
export async function meetingsTimes(site: Site, loads = 5): Promise<MeetingsTimes> {
  const { base } = site;
  const result: MeetingsTimes = { sessions: 0, ready: [], script: [], filter: [] };
  for (let i = 0; i < loads; i++) {
    const page = await openPage(site, { width: 390, height: 844 });
    await page.goto(`${base}/meetings/`);
    await page.waitForFunction(() => performance.getEntriesByName('meetings:ready').length > 0);
    const marks = await page.evaluate(() => ({
      ready: performance.getEntriesByName('meetings:ready')[0]!.startTime,
      script: performance.measure('script', 'meetings:start', 'meetings:ready').duration,
      sessions: document.querySelectorAll('[data-days] li.meeting').length,
    }));
    result.ready.push(marks.ready);
    result.script.push(marks.script);
    result.sessions = marks.sessions;
    await page.locator('[data-meeting-filters] summary').click();
    result.filter.push(
      await page.evaluate(
        () =>
          new Promise<number>((done) => {
            const box = document.querySelector<HTMLInputElement>('input[name=attendance][value=online]')!;
            const start = performance.now();
            box.click();
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - start)));
          }),
      ),
    );
    await page.close();
  }
  return result;
}

export interface GapsTimes {
  places: number;
  /** From navigation to the first coverage shown. */
  ready: number[];
  /** A change of filter or distance: matching and counting every place (the page's own figure). */
  compute: number[];
  /** The same change to the frame after the sentences, the table and the map were redrawn. */
  shown: number[];
}

/**
 * /gaps/ at 1280 × 900 with the map on screen: how long until the first coverage shows, and how
 * long each change of filter or distance takes to recompute and to show (budget: ≤ 100 ms).
 */
export async function gapsTimes(site: Site, loads = 3): Promise<GapsTimes> {
  const { base } = site;
  const result: GapsTimes = { places: 0, ready: [], compute: [], shown: [] };
  // Filters and distances a planner would try in turn: each changes one select.
  const changes: [string, string][] = [
    ['within', '5'],
    ['pathway', 'medication-assisted'],
    ['within', '25'],
    ['category', 'mutual-aid-meeting'],
    ['time', 'evening'],
    ['within', '2'],
  ];
  for (let i = 0; i < loads; i++) {
    const page = await openPage(site);
    const start = Date.now();
    await page.goto(`${base}/gaps/?category=recovery-housing`);
    await page.waitForSelector('[data-gaps-ready]', { state: 'attached' });
    result.ready.push(Date.now() - start);
    await page.locator('[data-gaps-map]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-gaps-map][data-map-ready]', { state: 'attached' });
    result.places = await page.locator('[data-gaps-rows] tr').count();
    for (const [name, value] of changes) {
      const shown = await page.evaluate(
        ([field, choice]) =>
          new Promise<number>((done) => {
            const root = document.querySelector<HTMLElement>('[data-gaps]')!;
            const select = document.querySelector<HTMLSelectElement>(`[data-gaps-form] [name="${field}"]`)!;
            const before = root.dataset.rendered;
            const begin = performance.now();
            const observer = new MutationObserver(() => {
              if (root.dataset.rendered === before) return;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - begin), 0));
            });
            observer.observe(root, { attributes: true, attributeFilter: ['data-rendered'] });
            select.value = choice;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        [name, value] as const,
      );
      result.shown.push(shown);
      result.compute.push(Number(await page.locator('[data-gaps]').getAttribute('data-compute-ms')));
    }
    await page.close();
  }
  return result;
}
