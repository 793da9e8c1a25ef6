// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { validateData } from './src/integrations/validate-data.ts';

// SITE_URL and BASE_PATH let a fork deploy at a domain root or under a path (GitHub Pages).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Validation runs first so a bad listing stops the build before anything is written.
  integrations: [validateData(), react(), pagefindIndex()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Scripts ship as files, never inlined: cacheable across pages, allowed by a strict CSP
    // without hashes, and Vite's dynamic-import helper works (it breaks inside inlined scripts).
    build: { assetsInlineLimit: 0 },
  },
});
