/**
 * Lighthouse on every page type of a built site, one run per page, each in its own Chromium
 * with a fresh profile (Lighthouse's own advice: one browser per run, so nothing cached or
 * installed by an earlier page, such as the service worker, changes the next one's figures).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lighthouse from 'lighthouse';
import { isNoindex, type LighthouseRow } from './lighthouse-report.ts';

export interface LighthouseOptions {
  chromiumPath: string;
  /** URL patterns Lighthouse blocks (the map's tiles: this machine has no network). */
  blocked: string[];
  /** How long a page may take to load; the whole run may take three times as long. */
  timeout: number;
}

/**
 * The slug of the largest page in `dist/<folder>/` (a listing, a category): picked from what was
 * built, since generated sizes have other slugs than the sample, and the largest is the worst case.
 */
export function largestPage(dist: string, folder: string): string {
  let best: [string, number] | undefined;
  for (const slug of readdirSync(join(dist, folder)).sort()) {
    const file = join(dist, folder, slug, 'index.html');
    if (!existsSync(file)) continue;
    const bytes = statSync(file).size;
    if (!best || bytes > best[1]) best = [slug, bytes];
  }
  if (!best) throw new Error(`no pages in ${join(dist, folder)}`);
  return best[0];
}

/** A headless Chromium listening for DevTools on a port it picked itself (others may run beside). */
async function launchChromium(chromiumPath: string) {
  const profile = mkdtempSync(join(tmpdir(), 'asset-map-lighthouse-'));
  const chromium = spawn(
    chromiumPath,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--mute-audio',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  // Chromium writes to its profile until it has exited: remove the profile only then.
  const exited = new Promise((done) => chromium.once('exit', done));
  const close = async () => {
    chromium.kill();
    await Promise.race([exited, sleep(10_000)]);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  // Chromium writes the port it chose to DevToolsActivePort in the profile.
  const portFile = join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 150 && chromium.exitCode === null; i++) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port) return { port, close };
    }
    await sleep(200);
  }
  await close();
  throw new Error(`Chromium at ${chromiumPath} did not start`);
}

/** Lighthouse's figures for one page, or why there are none. */
async function audit(
  url: string,
  options: LighthouseOptions,
): Promise<Omit<LighthouseRow, 'build' | 'path' | 'noindex'>> {
  const chromium = await launchChromium(options.chromiumPath);
  const stopTimer = new AbortController();
  try {
    const run = lighthouse(url, {
      port: chromium.port,
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      blockedUrlPatterns: options.blocked,
      maxWaitForLoad: options.timeout,
      maxWaitForFcp: options.timeout,
    });
    const timedOut = sleep(options.timeout * 3, 'timed out' as const, { signal: stopTimer.signal }).catch(
      () => undefined,
    );
    // Past the time limit the browser is closed under Lighthouse, which then fails: nobody awaits it.
    run.catch(() => undefined);
    const result = await Promise.race([run, timedOut]);
    if (result === 'timed out') return { error: `over ${Math.round((options.timeout * 3) / 1000)} s` };
    if (!result) return { error: 'no result' };
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) return { error: runtimeError.code };
    const score = (id: string) => {
      const value = categories[id]?.score;
      return typeof value === 'number' ? value * 100 : undefined;
    };
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: audits['cumulative-layout-shift']?.numericValue,
      tbt: audits['total-blocking-time']?.numericValue,
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    stopTimer.abort();
    await chromium.close();
  }
}

/** Runs Lighthouse on each of `paths` of the site served at `base` from `dist`, one after another. */
export async function lighthouseRuns(
  build: string,
  base: string,
  dist: string,
  paths: readonly string[],
  options: LighthouseOptions,
): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const path of paths) {
    const file = join(dist, decodeURIComponent(path), 'index.html');
    const noindex = existsSync(file) && isNoindex(readFileSync(file, 'utf8'));
    const start = performance.now();
    const figures = await audit(`${base}${path}`, options);
    const seconds = ((performance.now() - start) / 1000).toFixed(0);
    console.log(
      `  ${path}: ${figures.error ? `did not finish (${figures.error})` : `performance ${figures.performance?.toFixed(0)}, CLS ${figures.cls?.toFixed(3)}, TBT ${figures.tbt?.toFixed(0)} ms`} (${seconds} s)`,
    );
    rows.push({ build, path, noindex, ...figures });
  }
  return rows;
}
