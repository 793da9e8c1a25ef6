/**
 * The Lighthouse part of BENCHMARKS.md: which pages are audited, how a page says it is not to be
 * indexed, which requests are blocked, and the table and its notes. Pure, so it is unit-tested;
 * running Chromium and Lighthouse is in lighthouse.ts.
 */

export const LIGHTHOUSE_HEADING = '## Lighthouse (mobile)';

/** What one Lighthouse run of a page gives: scores 0–100, or an error when it gave none. */
export interface LighthouseFigures {
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  /** Cumulative layout shift. */
  cls?: number;
  /** Total blocking time, in ms. */
  tbt?: number;
  /** Why there are no figures: the run did not finish in time, or Lighthouse's runtime error. */
  error?: string;
}

/** One line of the table: a page of a build and its figures. */
export interface LighthouseRow extends LighthouseFigures {
  /** The build the page belongs to, as the table's first column shows it ("1,000"). */
  build: string;
  path: string;
  /** The page's robots meta says noindex: an SEO score below 100 is then by design. */
  noindex: boolean;
}

/**
 * Every page type of the site: the default language's pages, then the start page and the finder
 * in each other language (their twins weigh within 5% of the original, as the bench shows).
 */
export function lighthousePaths(languages: readonly string[], listing: string, category: string): string[] {
  const paths = [
    '/',
    '/find/',
    '/map/',
    '/meetings/',
    '/list/',
    `/listings/${listing}/`,
    `/categories/${category}/`,
    '/gaps/',
    '/recovery-capital/',
    '/about/',
    '/safety/',
    '/offline/',
    '/search/',
    '/contribute/new/',
  ];
  for (const lang of languages.slice(1)) paths.push(`/${lang}/`, `/${lang}/find/`);
  return paths;
}

/** Whether the page's robots meta (or Googlebot's) holds `noindex`, as Lighthouse's is-crawlable audit reads it. */
export function isNoindex(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /\bname\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (name !== 'robots' && name !== 'googlebot') continue;
    const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
    if (/\b(noindex|none)\b/i.test(content)) return true;
  }
  return false;
}

/**
 * A Lighthouse `blockedUrlPatterns` entry for every request to the map's tile server: its
 * `{z}/{x}/{y}` and `{s}` placeholders become wildcards, and everything after the host is one.
 */
export function tileBlockPattern(tileUrl: string): string {
  const withWildcards = tileUrl.replace(/\{[^}]*\}/g, '*');
  const origin = /^([a-z]+:\/\/[^/]+)/i.exec(withWildcards)?.[1];
  return origin ? `${origin}/*` : withWildcards;
}

const score = (value: number | undefined) => (value === undefined ? '–' : String(Math.round(value)));

/** The table: one line per page and build, "did not finish" and why when there are no figures. */
export function lighthouseTable(rows: readonly LighthouseRow[]): string {
  const lines = [
    '| listings | page | robots | performance (≥ 95) | accessibility | best practices | SEO | CLS (≤ 0.02) | total blocking time |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const robots = row.noindex ? 'noindex by design' : '';
    if (row.error) {
      lines.push(`| ${row.build} | \`${row.path}\` | ${robots} | did not finish (${row.error}) | | | | | |`);
      continue;
    }
    const cls = row.cls === undefined ? '–' : row.cls.toFixed(3);
    const tbt = row.tbt === undefined ? '–' : `${Math.round(row.tbt)} ms`;
    lines.push(
      `| ${row.build} | \`${row.path}\` | ${robots} | ${score(row.performance)} | ${score(row.accessibility)} | ${score(row.bestPractices)} | ${score(row.seo)} | ${cls} | ${tbt} |`,
    );
  }
  return lines.join('\n');
}

/** The whole section: heading, `note` (when and how it was run), the table, and the method. */
export function lighthouseSection(rows: readonly LighthouseRow[], tilePattern: string, note: string): string {
  return `${LIGHTHOUSE_HEADING}

${note}

${lighthouseTable(rows)}

Lighthouse 12.2.3 through its Node API, in Debian's Chromium (\`--headless=new\`), with its
defaults: a mobile phone's screen, simulated throttling (a slow 4G link, the CPU counted 4×
slower), performance, accessibility, best practices and SEO. One run per page at each size, as
several would make the bench too slow. Single runs vary: total blocking time most (it is the
tasks observed, counted 4× longer, so a busy machine inflates it: see the load average above
the table), performance with it, and CLS by when a late layout change lands. Each page loads in
a fresh browser profile (no service worker, nothing cached), served gzipped by
\`astro preview\` as a CDN would; map tiles (\`${tilePattern}\`) are blocked. The browser keeps the
site's time zone, as a peer in the community does (a visitor elsewhere also gets each time in
their own zone, which asks Intl for more). The listing page is the largest one
built and the landing page the largest category page. Pages marked noindex ask search engines
not to list them (the personal list, the offline page), so Lighthouse's "page is blocked from
indexing" audit fails there and their SEO score is below 100 by design. Targets (issue 20):
performance ≥ 95 on every page type; accessibility, best practices and SEO 100; CLS ≤ 0.02.
`;
}

/** Where `heading`'s section starts and ends in `doc` (up to the next `## ` heading), if it has one. */
function sectionBounds(doc: string, heading: string): [number, number] | undefined {
  // Searching `\n` + doc finds the heading on the first line too; the index is then doc's own.
  const start = `\n${doc}`.indexOf(`\n${heading}\n`);
  if (start === -1) return undefined;
  const next = doc.indexOf('\n## ', start + heading.length);
  return [start, next === -1 ? doc.length : next + 1];
}

/** The text of `heading`'s section in `doc`, without the blank lines after it, or undefined. */
export function sectionOf(doc: string, heading: string): string | undefined {
  const bounds = sectionBounds(doc, heading);
  return bounds && doc.slice(...bounds).replace(/\n*$/, '\n');
}

/**
 * `doc` with `heading`'s section replaced by `section`; when it has none, `section` goes before
 * the section headed `before` (or at the end). Sections stay one blank line apart.
 */
export function replaceSection(doc: string, heading: string, section: string, before: string): string {
  const next = sectionBounds(doc, before);
  const [start, end] = sectionBounds(doc, heading) ?? (next ? [next[0], next[0]] : [doc.length, doc.length]);
  const head = doc.slice(0, start);
  const rest = doc.slice(end);
  return (
    (head && head.replace(/\n*$/, '\n\n')) + section.replace(/\n*$/, '\n') + (rest && `\n${rest.replace(/^\n*/, '')}`)
  );
}
