/**
 * The HTML files a build wrote, from the `assets` map Astro hands to `astro:build:done` (route →
 * files). Walking dist/ instead costs a noticeable part of a large build (BENCHMARKS.md, "Figures
 * behind design choices"), and the sitemap and the Content-Security-Policy both need the list.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths of the built HTML files relative to `dir`, with "/" separators, sorted. */
export function builtHtmlFiles(assets: Map<string, URL[]>, dir: URL): string[] {
  const root = fileURLToPath(dir);
  const files = new Set<string>();
  for (const urls of assets.values()) {
    for (const url of urls) {
      const file = relative(root, fileURLToPath(url)).split('\\').join('/');
      if (file.endsWith('.html')) files.add(file);
    }
  }
  return [...files].sort();
}
