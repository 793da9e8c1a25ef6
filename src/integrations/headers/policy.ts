/**
 * The `_headers` file (Netlify and Cloudflare Pages format) and the same policy as a
 * `<meta http-equiv>` tag for hosts that send no headers (GitHub Pages): a strict
 * Content-Security-Policy and the other security headers.
 *
 * The site ships its scripts and styles as files, so the policy allows 'self' and nothing inline
 * except the blocks the project knows it writes (./known-blocks.ts), each by its SHA-256 hash:
 * Astro's island bootstrap on the pages with an island, its `astro-island{display:contents}`
 * style, and the layout's `<noscript><style>`. Leaflet positions tiles and markers by setting
 * `element.style` from script (the CSSOM), which CSP does not restrict, and no page has a
 * `style="…"` attribute in its markup, so neither 'unsafe-inline' nor 'unsafe-hashes' is needed.
 */
import { createHash } from 'node:crypto';
import { SERVICE_WORKER_FILE } from '#lib/offline/plan.ts';
import { withBase } from '#lib/html/links.ts';

/** The contents of the inline `<script>` (no `src`) and `<style>` elements of one HTML page. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(match[1]!)) continue;
    scripts.push(match[2]!);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(match[1]!);
  return { scripts, styles };
}

/** A CSP hash source for `text`: `'sha256-<base64>'` of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hash sources for every block of every page: each once, sorted, so a build gives the same bytes. */
export function hashSources(blocks: Iterable<string>): string[] {
  return [...new Set([...blocks].map(hashSource))].sort();
}

/**
 * The origin tiles load from, as a CSP source: `https://tile.openstreetmap.org`, or with a
 * wildcard for a `{s}` subdomain template (`https://{s}.tile.example.org/…` gives
 * `https://*.tile.example.org`).
 */
export function tileSource(tileUrl: string): string {
  const url = new URL(tileUrl.replace(/\{[^}]*\}/g, (part) => (part === '{s}' ? 'wildcard-subdomain' : '0')));
  const host = url.host.replace(/(^|\.)wildcard-subdomain(?=\.)/, '$1*');
  return `${url.protocol}//${host}`;
}

export interface PolicyInputs {
  /** Hash sources of the inline scripts (see hashSources). */
  scriptHashes: readonly string[];
  /** Hash sources of the inline style blocks. */
  styleHashes: readonly string[];
  /** The tile server's origin (see tileSource). */
  tiles: string;
}

/** The Content-Security-Policy for every page. */
export function contentSecurityPolicy({ scriptHashes, styleHashes, tiles }: PolicyInputs): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Pagefind's search engine is WebAssembly (pagefind/wasm.*.pagefind, compiled by
    // pagefind.js and its web worker); compiling WebAssembly needs 'wasm-unsafe-eval', which
    // allows no JavaScript eval.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    ['style-src', "'self'", ...styleHashes],
    ['img-src', "'self'", 'data:', tiles],
    ['connect-src', "'self'"],
    ['font-src', "'self'"],
    // Pagefind searches in a web worker (pagefind/pagefind-worker.js).
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    // No page has a <base>: an injected one could point every relative script at another host.
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry: browsers ignore them
 * there (CSP3, "meta element"). Framing is refused by X-Frame-Options and frame-ancestors only
 * where headers can be sent.
 */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as a `<meta>` tag carries it: `csp` without the header-only directives. */
export function metaPolicy(csp: string): string {
  return csp
    .split(/;\s*/)
    .filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0]!))
    .join('; ');
}

/**
 * The Strict-Transport-Security value for `maxAge` (seconds, from the HSTS_MAX_AGE environment
 * variable), or undefined when it is not set. Opt-in because it cannot be taken back: a browser
 * that has seen it refuses plain http for the site's host until max-age runs out, which locks
 * visitors out of a fork whose domain (or a path on it) is still served over http, and it covers
 * the whole host, not just this site. No includeSubDomains or preload: they reach past the site.
 */
export function hstsValue(maxAge: string | undefined): string | undefined {
  if (maxAge === undefined || maxAge.trim() === '') return undefined;
  if (!/^\d{1,9}$/.test(maxAge.trim())) {
    throw new Error(
      `HSTS_MAX_AGE is "${maxAge}"; write a whole number of seconds, like 31536000 (one year), or leave it unset to send no Strict-Transport-Security header`,
    );
  }
  return `max-age=${Number(maxAge.trim())}`;
}

export interface HeaderOptions {
  /** The Strict-Transport-Security value (see hstsValue); none when undefined. */
  hsts?: string | undefined;
}

/** Headers for every response. The map's tile requests set `strict-origin` themselves. */
export function securityHeaders(csp: string, { hsts }: HeaderOptions = {}): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['Referrer-Policy', 'no-referrer'],
    // Geolocation is used by "near me" on the finder; nothing else is.
    ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // No other site may embed the site's files (an <img>, <script> or <link> elsewhere). It
    // applies only to such no-cors loads: fetch() from any origin, calendar apps and curl still
    // read the open data (CORS on /exports/* below).
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ...(hsts ? [['Strict-Transport-Security', hsts] as [string, string]] : []),
  ];
}

/** The `_headers` file for a site served under `base` ("/" or "/sub-path/"). */
export function headersFile(csp: string, base = '/', options: HeaderOptions = {}): string {
  const root = withBase('/', base);
  const block = (comment: string, path: string, headers: [string, string][]) =>
    [`# ${comment}`, path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  // Both hosts already serve *.ics as text/calendar; these add the charset (the files are UTF-8).
  // Netlify and Cloudflare Pages both match a * inside the last path segment.
  const calendar: [string, string][] = [['Content-Type', 'text/calendar; charset=utf-8']];
  const blocks = [
    block(
      'Every response. Written by the build (src/integrations/headers/index.ts).',
      `${root}*`,
      securityHeaders(csp, options),
    ),
    block('Open data: any site or app may fetch the exports.', `${root}exports/*`, [
      ['Access-Control-Allow-Origin', '*'],
    ]),
    block('The combined meeting calendar.', `${root}exports/meetings.ics`, calendar),
    block('Each listing’s calendar file.', `${root}listings/*.ics`, calendar),
    // The service worker is checked for a new build on every visit; its own part has a hash in its name.
    block('The service worker (src/integrations/offline/).', `${root}${SERVICE_WORKER_FILE}`, [
      ['Cache-Control', 'no-cache'],
    ]),
    block('Web app manifests (src/integrations/web-app/).', `${root}*.webmanifest`, [
      ['Content-Type', 'application/manifest+json'],
    ]),
  ];
  return `${blocks.join('\n\n')}\n`;
}
