import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '#integrations/output/built-pages.ts';
import { sitePolicy } from '#integrations/headers/index.ts';
import {
  contentSecurityPolicy,
  hashSource,
  hashSources,
  headersFile,
  inlineBlocks,
  tileSource,
} from '#integrations/headers/policy.ts';

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
    for (const name of ['connect-src', 'font-src', 'worker-src', 'base-uri', 'form-action']) {
      expect(directives.get(name), name).toEqual(["'self'"]);
    }
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
    // Every header line is indented under a path line; comments start with #.
    for (const line of file.trimEnd().split('\n')) expect(line).toMatch(/^($|# |\/| {2}[A-Za-z-]+: )/);
    expect(headersFile('x')).toMatch(/^\/\*$/m);
  });

  describe('the policy of a built site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const pages: Record<string, string> = {
      'index.html': '<html><head><noscript><style>.js-only{display:none}</style></noscript></head></html>',
      'find/index.html':
        '<script>self.label = "Café · 12 ñ";</script><script type="module" src="/_astro/a.js"></script>',
      'listings/a/index.html': '<style>.js-only{display:none}</style><p>Café</p>',
    };
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
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

    it('hashes each distinct block once, by its UTF-8 bytes, even with non-ASCII text', () => {
      const csp = sitePolicy(dir, builtHtmlFiles(assets, dirUrl));
      const script = `'sha256-${createHash('sha256').update(Buffer.from('self.label = "Café · 12 ñ";', 'utf8')).digest('base64')}'`;
      const style = hashSource('.js-only{display:none}');
      expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${script};`);
      expect(csp).toContain(`style-src 'self' ${style};`);
    });
  });
});
