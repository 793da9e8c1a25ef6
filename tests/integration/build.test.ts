/**
 * The build as a deploy sees it, on a small copy of this project: a listing with an error stops
 * it before anything is written to the deploy folder, and the same files give the same bytes (so a
 * CDN re-uploads only what changed). Real `astro build` runs, so these take some seconds each.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** A copy of the project with a few of its listings; packages linked one by one (own Astro cache). */
function smallProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asset-map-build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'data/site.yaml']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  for (const folder of ['mutual-aid-meeting', 'recovery-housing', 'food']) {
    cpSync(join(root, 'data/listings', folder), join(dir, 'data/listings', folder), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function build(dir: string, outDir: string) {
  return spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** Every file under `dir` with its bytes, by path relative to `dir`. */
function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path)] as const;
      }),
  );
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('building for a deploy', () => {
  it('stops on a listing error before writing anything to the deploy folder', () => {
    const dir = smallProject();
    dirs.push(dir);
    const broken = join(dir, 'data/listings/food/broken-pantry.md');
    writeFileSync(
      broken,
      '---\nname: Broken Pantry\ncategory: food\nsupport: [instrumental]\nphon: "517-555-0100"\nlast_verified: 2026-11-01\n---\n',
    );
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/previous-deploy.txt'), 'untouched');
    const run = build(dir, 'out');
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toContain('data/listings/food/broken-pantry.md:5: phon:');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(readdirSync(join(dir, 'out'))).toEqual(['previous-deploy.txt']);
  }, 60_000);

  it('gives the same bytes for the same files', () => {
    const dir = smallProject();
    dirs.push(dir);
    expect(build(dir, 'out-a').status).toBe(0);
    rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
    expect(build(dir, 'out-b').status).toBe(0);
    const a = snapshot(join(dir, 'out-a'));
    const b = snapshot(join(dir, 'out-b'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differ = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
    expect(differ).toEqual([]);
    expect(a.size).toBeGreaterThan(50);
  }, 120_000);

  it('builds one language only when site.yaml lists one: no /es/ page, no switch, no alternates', () => {
    const dir = smallProject();
    dirs.push(dir);
    // An English-only site: its files translate into no other language (the validator refuses
    // a translation into a language the site is not built in).
    const english = (text: string) => {
      const kept: string[] = [];
      let inside = -1; // the indentation of the translations block being left out, or -1
      for (const line of text.split('\n')) {
        const indent = line.length - line.trimStart().length;
        if (inside >= 0 && (line.trim() === '' || indent > inside)) continue;
        inside = /^ *translations:\s*$/.test(line) ? indent : -1;
        if (inside < 0) kept.push(line);
      }
      return kept.join('\n');
    };
    const site = join(dir, 'data/site.yaml');
    writeFileSync(site, english(readFileSync(site, 'utf8')).replace(/^languages: .*$/m, 'languages: [en]'));
    for (const entry of readdirSync(join(dir, 'data/listings'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      writeFileSync(file, english(readFileSync(file, 'utf8')));
    }
    expect(build(dir, 'out').status).toBe(0);
    const files = [...snapshot(join(dir, 'out')).keys()];
    expect(files.filter((file) => file.startsWith('es/'))).toEqual([]);
    const home = readFileSync(join(dir, 'out/index.html'), 'utf8');
    expect(home).toContain('<html lang="en"');
    expect(home).not.toContain('hreflang');
    expect(home).not.toContain('data-language-link');
    expect(readFileSync(join(dir, 'out/sitemap.xml'), 'utf8')).not.toContain('/es/');
  }, 60_000);

  it('leaves the quick exit out when site.yaml turns it off, and says so on the safety page', () => {
    const dir = smallProject();
    dirs.push(dir);
    const site = join(dir, 'data/site.yaml');
    // The sample's own quick_exit block, if any, gives way to one that turns it off.
    const without = readFileSync(site, 'utf8').replace(/^quick_exit:\n(?:[ \t]+.*\n)*/m, '');
    writeFileSync(site, `${without}\nquick_exit:\n  enabled: false\n`);
    expect(build(dir, 'out').status).toBe(0);
    const pages = [...snapshot(join(dir, 'out'))].filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter(([, bytes]) => bytes.includes('data-quick-exit')).map(([file]) => file)).toEqual([]);
    const safety = readFileSync(join(dir, 'out/safety/index.html'), 'utf8');
    expect(safety).toContain('The button is turned off on this site');
    // The band at the top stays for the language switch, but no longer follows the page.
    expect(readFileSync(join(dir, 'out/index.html'), 'utf8')).not.toContain('has-quick-exit');
  }, 60_000);

  it('builds every page in each language site.yaml lists, the 404 where hosts look for it', () => {
    const dir = smallProject();
    dirs.push(dir);
    expect(build(dir, 'out').status).toBe(0);
    const files = new Set(snapshot(join(dir, 'out')).keys());
    const english = [...files].filter((file) => file.endsWith('index.html') && !file.startsWith('es/'));
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((file) => !files.has(`es/${file}`))).toEqual([]);
    expect(files.has('404.html') && files.has('es/404.html')).toBe(true);
    const spanish = readFileSync(join(dir, 'out/es/find/index.html'), 'utf8');
    expect(spanish).toContain('<html lang="es"');
    expect(spanish).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/find\/"/);
    expect(spanish).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]*\/find\/"/);
    expect(spanish).toMatch(/<a href="\/find\/" hreflang="en" lang="en" data-language-link/);
  }, 60_000);
});
