import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run Debian's Chromium against the production build in dist/ (run `npm run build`
 * first). No browser is ever downloaded: a missing Chromium is a clear failure, never a skip.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

// Two checkouts can run the suite side by side on other ports (E2E_PORT, E2E_BASE_PORT).
const PORT = Number(process.env.E2E_PORT ?? 4321);
/** Where base-path.spec.ts finds the sub-path build. */
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 4322);
export const BASE_PATH = '/recovery-map/';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  // No retries: a test that passes only on a second try hides a real problem. Instead, waits are
  // sized for a loaded 2-core machine (two workers, the preview server and two Chromiums): an
  // assertion polls for up to 10 s (it returns the moment its condition holds), a test may take
  // a minute, and the finder's readiness has its own longer wait (fixtures.ts, finderReady).
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Every page must work with no service worker (a browser without one, or with it off), and a
    // worker would answer requests the tests route themselves. tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-quic',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The same site built under a sub-path, as a GitHub Pages project site is served
      // (tests/e2e/base-path.spec.ts). Built here so it always matches the code under test.
      command: `BASE_PATH=${BASE_PATH} npx astro build --outDir dist-base && node scripts/serve-static.ts dist-base ${BASE_PATH} ${BASE_PORT}`,
      url: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
