// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers/index.ts';
import { languagePages } from './src/integrations/languages/index.ts';
import { offline } from './src/integrations/offline/index.ts';
import { openData } from './src/integrations/open-data/index.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { sitemap } from './src/integrations/sitemap/index.ts';
import { validateData } from './src/integrations/validate/index.ts';
import { webApp } from './src/integrations/web-app/index.ts';

const data = validateData();

// SITE_URL and BASE_PATH let a fork deploy at a domain root or under a path (GitHub Pages).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  // Rendering a page mostly waits on writing its file; four at a time keeps a core busy
  // (BENCHMARKS.md, "Figures behind design choices").
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  // Validation runs first so a bad listing stops the build before anything is written; the
  // search index, the open-data exports and the calendar files are then built from the validated
  // listings (in Pagefind's process and a worker thread) while Astro renders the pages, and moved
  // into dist/ when it is done; the sitemap and robots.txt after them, then _headers.
  integrations: [
    data,
    // The islands are written against React's API and run on Preact's compatible layer: the same
    // components for a fraction of the script a phone downloads and runs (README, "Why Preact").
    // Babel compiles the islands' JSX alone: by default it ran over every script of the project,
    // TypeScript with no JSX included, twice (pages and browser bundles).
    preact({ compat: true, include: [/\.tsx$/] }),
    searchIndex(data.listings),
    openData(data.listings),
    // Moves each other language's 404 page to where hosts look for it, before it is listed.
    languagePages(),
    webApp(),
    // After every file it precaches is in dist/ (Pagefind's index, the manifests and icons).
    offline(),
    // Last: it lists the pages the build wrote.
    sitemap(),
    // After every page is written: it hashes their inline scripts and styles for the CSP.
    securityHeaders(),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Scripts ship as files, never inlined: cacheable across pages, allowed by a strict CSP
    // without hashes, and Vite's dynamic-import helper works (it breaks inside inlined scripts).
    build: { assetsInlineLimit: 0 },
    // Leaflet's package points at its UMD bundle; its ES module build lets the bundler leave out
    // the parts the map does not use (GeoJSON, canvas rendering, video overlays, …).
    resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  },
});
