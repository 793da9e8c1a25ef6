import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '#integrations/output/built-pages.ts';
import { sitePolicy } from '#integrations/headers/index.ts';
import { KNOWN_BLOCKS } from '#integrations/headers/known-blocks.ts';
import {
  contentSecurityPolicy,
  hashSource,
  hashSources,
  headersFile,
  hstsValue,
  inlineBlocks,
  metaPolicy,
  tileSource,
} from '#integrations/headers/policy.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/built-pages/', import.meta.url));
const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

describe('_headers and the Content-Security-Policy', () => {
  it('finds inline scripts and style blocks, exactly as written, and skips scripts with src', () => {
    const html = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<script>window.a = 1;</script>',
      '<SCRIPT type="module">\n  b()\n</SCRIPT>',
      '<noscript><style>\n  .js-only { display: none }\n</style></noscript>',
      '<style>astro-island{display:contents}</style>',
    ].join('');
    expect(inlineBlocks(html)).toEqual({
      scripts: ['window.a = 1;', '\n  b()\n'],
      styles: ['\n  .js-only { display: none }\n', 'astro-island{display:contents}'],
    });
    expect(inlineBlocks('<p>no blocks</p>')).toEqual({ scripts: [], styles: [] });
  });

  it('hashes the UTF-8 bytes the way browsers do, once each, sorted', () => {
    const text = 'alert("é")';
    const expected = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64');
    expect(hashSource(text)).toBe(`'sha256-${expected}'`);
    // The well-known hash of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const hashes = hashSources(['b', 'a', 'b']);
    expect(hashes).toHaveLength(2);
    expect(hashes).toEqual([...hashes].sort());
  });

  it('allows the tile host, with a wildcard for a {s} subdomain', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.fr');
    expect(tileSource('https://tiles.example.org:8443/{z}/{x}/{y}.png?key=1')).toBe('https://tiles.example.org:8443');
  });

  it('builds a strict policy: no unsafe-inline, no eval, hashes where the pages need them', () => {
    const csp = contentSecurityPolicy({
      scriptHashes: ["'sha256-s='"],
      styleHashes: ["'sha256-t='"],
      tiles: 'https://tile.openstreetmap.org',
    });
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-s='"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'sha256-t='"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const name of ['connect-src', 'font-src', 'worker-src', 'form-action']) {
      expect(directives.get(name), name).toEqual(["'self'"]);
    }
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('writes the Netlify / Cloudflare Pages format under the base path', () => {
    const file = headersFile("default-src 'self'", '/recovery-map/');
    expect(file).toContain(
      "/recovery-map/*\n  Content-Security-Policy: default-src 'self'\n  Referrer-Policy: no-referrer\n",
    );
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('  X-Frame-Options: DENY\n');
    expect(file).toContain('  Cross-Origin-Opener-Policy: same-origin\n');
    expect(file).toContain('  Permissions-Policy: geolocation=(self), camera=(), microphone=()');
    expect(file).toContain('/recovery-map/exports/*\n  Access-Control-Allow-Origin: *\n');
    expect(file).toContain('/recovery-map/exports/meetings.ics\n  Content-Type: text/calendar; charset=utf-8\n');
    expect(file).toContain('/recovery-map/listings/*.ics\n  Content-Type: text/calendar; charset=utf-8\n');
    expect(file).toContain('  Cross-Origin-Resource-Policy: same-origin\n');
    // A new deploy's service worker is found at once; manifests are served as manifests.
    expect(file).toContain('/recovery-map/sw.js\n  Cache-Control: no-cache\n');
    expect(file).toContain('/recovery-map/*.webmanifest\n  Content-Type: application/manifest+json\n');
    // HSTS only when asked for.
    expect(file).not.toContain('Strict-Transport-Security');
    expect(headersFile('x', '/', { hsts: 'max-age=31536000' })).toContain(
      '  Strict-Transport-Security: max-age=31536000\n',
    );
    // Every header line is indented under a path line; comments start with #.
    for (const line of file.trimEnd().split('\n')) expect(line).toMatch(/^($|# |\/| {2}[A-Za-z-]+: )/);
    expect(headersFile('x')).toMatch(/^\/\*$/m);
  });

  it('sends HSTS only when HSTS_MAX_AGE is set, and refuses a value that is not seconds', () => {
    expect(hstsValue(undefined)).toBeUndefined();
    expect(hstsValue('')).toBeUndefined();
    expect(hstsValue('31536000')).toBe('max-age=31536000');
    expect(() => hstsValue('1 year')).toThrow(
      'HSTS_MAX_AGE is "1 year"; write a whole number of seconds, like 31536000 (one year), or leave it unset to send no Strict-Transport-Security header',
    );
  });

  it('leaves out of the meta policy what a <meta> tag cannot carry', () => {
    const csp = "default-src 'self'; frame-ancestors 'none'; sandbox; report-uri /r; report-to x; base-uri 'none'";
    expect(metaPolicy(csp)).toBe("default-src 'self'; base-uri 'none'");
  });

  describe('the policy of a built site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const meta = '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'">';
    const known = (kind: 'script' | 'style') => KNOWN_BLOCKS.find((b) => b.kind === kind)!.text;
    const pages: Record<string, string> = {
      'index.html': `<html><head>${meta}<noscript><style>${known('style')}</style></noscript></head></html>`,
      'find/index.html': `<head>${meta}</head><script>${known('script')}</script><script type="module" src="/_astro/a.js"></script>`,
      'listings/a/index.html': `<head>${meta}</head><p>Café · 12 ñ</p>`,
    };
    const write = (file: string, html: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), html);
    };
    for (const [file, html] of Object.entries(pages)) write(file, html);
    const dirUrl = pathToFileURL(`${dir}/`);
    const assets = new Map<string, URL[]>([
      ['/', [new URL('index.html', dirUrl)]],
      ['/find', [new URL('find/index.html', dirUrl)]],
      ['/listings/[slug]', [new URL('listings/a/index.html', dirUrl)]],
      ['/find/facets.json', [new URL('find/facets.json', dirUrl)]],
    ]);

    it('lists the built HTML files from the assets Astro reports, and no data files', () => {
      expect(builtHtmlFiles(assets, dirUrl)).toEqual(['find/index.html', 'index.html', 'listings/a/index.html']);
    });

    it('trusts exactly the known blocks, by the hash of their UTF-8 bytes', () => {
      const csp = sitePolicy(dir, builtHtmlFiles(assets, dirUrl), TILES);
      const hashes = (kind: 'script' | 'style') =>
        hashSources(KNOWN_BLOCKS.filter((b) => b.kind === kind).map((b) => b.text)).join(' ');
      expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashes('script')};`);
      expect(csp).toContain(`style-src 'self' ${hashes('style')};`);
      expect(KNOWN_BLOCKS.map((b) => b.kind).sort()).toEqual(['script', 'script', 'script', 'style', 'style']);
    });

    it('stops the build on an inline script it does not know, instead of trusting it', () => {
      // A built page with a script spliced in after the policy (tests/fixtures/built-pages/).
      copyFileSync(`${fixtures}injected-inline-script.html`, join(dir, 'listings/a/index.html'));
      const injected = 'window.__injectedRan = "ñ";';
      expect(readFileSync(join(dir, 'listings/a/index.html'), 'utf8')).toContain(injected);
      const started = performance.now();
      expect(() => sitePolicy(dir, builtHtmlFiles(assets, dirUrl), TILES)).toThrow(
        [
          'The Content-Security-Policy check found 1 problem(s) in the built pages:',
          `listings/a/index.html: an inline <script> the project does not know it writes ("${injected}", ${hashSource(injected)}); the Content-Security-Policy trusts only the blocks listed in src/integrations/headers/known-blocks.ts: move the code into a file (a <script> in an .astro component is bundled into one), or, if it must be inline, add it to that list`,
        ].join('\n'),
      );
      expect(performance.now() - started).toBeLessThan(1000);
      write('listings/a/index.html', pages['listings/a/index.html']!);
    });

    it('stops the build on an unknown inline style, a page without the meta policy, or one that comes too late', () => {
      write('listings/a/index.html', `<head>${meta}</head><style>p{color:red}</style>`);
      write(
        'index.html',
        '<head><link rel="icon" href="/favicon.svg"><meta http-equiv="content-security-policy" content="x"></head>',
      );
      write('find/index.html', '<head><title>No policy</title></head>');
      let message = '';
      try {
        sitePolicy(dir, builtHtmlFiles(assets, dirUrl), TILES);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message.split('\n')).toEqual([
        'The Content-Security-Policy check found 3 problem(s) in the built pages:',
        expect.stringMatching(
          /^find\/index\.html: has no <meta http-equiv="Content-Security-Policy">; every page must use src\/layouts\/BaseLayout\.astro/,
        ),
        expect.stringMatching(
          /^index\.html: a <link> comes before the <meta http-equiv="Content-Security-Policy">; the policy governs only what follows it/,
        ),
        expect.stringMatching(
          /^listings\/a\/index\.html: an inline <style> the project does not know it writes \("p\{color:red\}", 'sha256-/,
        ),
      ]);
      for (const [file, html] of Object.entries(pages)) write(file, html);
    });
  });
});
