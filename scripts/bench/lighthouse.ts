/**
 * Lighthouse on every page type of a built site, one run per page, each in its own Chromium
 * with a fresh profile, so nothing an earlier page cached or installed (the service worker
 * precaches the site) changes the next one's figures.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { isNoindex, type LighthouseFigures, type LighthouseRow } from './lighthouse-report.ts';

export interface LighthouseOptions {
  chromiumPath: string;
  /** URL patterns Lighthouse blocks (the map's tiles: this machine has no network). */
  blocked: string[];
  /** How long a page may take to load; the whole run may take three times as long. */
  timeout: number;
  /**
   * The browser's time zone: the site's own, as for a peer in the community it serves (pages
   * read clocks as it does; a visitor elsewhere also gets each time in their own zone).
   */
  timeZone: string;
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
async function launchChromium(chromiumPath: string, timeZone: string) {
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
    { stdio: 'ignore', env: { ...process.env, TZ: timeZone } },
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

const PAGE_SCRIPT = fileURLToPath(new URL('./lighthouse-page.ts', import.meta.url));

/** The line of a failed run's output that says what went wrong (for an out-of-memory end, that one). */
const reason = (stderr: string, code: number | null) =>
  (stderr.split('\n').find((line) => /error/i.test(line)) ?? `exit code ${code}`).trim().slice(0, 120);

/**
 * Lighthouse's figures for one page, or why there are none: Lighthouse runs in a child process
 * (lighthouse-page.ts), which is stopped, with its browser, once it is over three times `timeout`.
 */
async function audit(url: string, options: LighthouseOptions): Promise<LighthouseFigures> {
  const chromium = await launchChromium(options.chromiumPath, options.timeZone);
  try {
    const job = { url, port: chromium.port, blocked: options.blocked, timeout: options.timeout };
    const child = spawn(process.execPath, [PAGE_SCRIPT, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const limit = options.timeout * 3;
    const timer = setTimeout(() => child.kill('SIGKILL'), limit);
    const code: number | null = await new Promise((done) => child.on('close', done));
    clearTimeout(timer);
    if (child.signalCode === 'SIGKILL') return { error: `over ${Math.round(limit / 1000)} s` };
    if (code !== 0) return { error: reason(stderr, code) };
    return JSON.parse(stdout) as LighthouseFigures;
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
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
