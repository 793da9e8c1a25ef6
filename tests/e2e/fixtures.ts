/**
 * Shared test fixture: every page is checked for privacy. Requests to any host but the site
 * itself are blocked (map tiles cannot load here anyway) and recorded, and a test fails if a page
 * tried to contact another host.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => {
          foreign.push(route.request().url());
          return route.abort();
        },
      );
      await use(foreign);
      expect(foreign, 'pages must not contact any other host').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
