/**
 * How soon a peer on a phone sees today's first meeting on /meetings/: the bench's phone profile
 * (390 × 844, CPU slowed 4×, a 9 Mbps link with 60 ms latency, the site served gzipped, a cold
 * cache each time), from navigation to the first frame with a meeting row in view.
 */
import { openPage, type Site } from './browser.ts';

/** The phone the budget is written for. */
export const PHONE_PROFILE = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  latencyMs: 60,
  bitsPerSecond: 9_000_000,
} as const;

/**
 * Milliseconds from navigation to the first frame in which a meeting row (`li.meeting`) is on
 * screen, for each of `loads` cold loads of `path`.
 */
export async function firstMeetingTimes(site: Site, path = '/meetings/', loads = 5) {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await openPage(site, PHONE_PROFILE.viewport);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE_PROFILE.latencyMs,
      downloadThroughput: PHONE_PROFILE.bitsPerSecond / 8,
      uploadThroughput: PHONE_PROFILE.bitsPerSecond / 8,
    });
    // Watches the page as the parser builds it: the first row in view is timed at the next frame,
    // when it is painted.
    await page.addInitScript(() => {
      const inView = () =>
        [...document.querySelectorAll('li.meeting')].some((row) => {
          const box = row.getBoundingClientRect();
          return box.height > 0 && box.top < innerHeight && box.bottom > 0 && row.checkVisibility();
        });
      const observer = new MutationObserver(() => {
        if (!inView()) return;
        observer.disconnect();
        requestAnimationFrame(() => performance.mark('bench:first-meeting'));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.base}${path}`);
    const mark = await page.waitForFunction(() => performance.getEntriesByName('bench:first-meeting')[0]?.startTime);
    times.push(Number(await mark.jsonValue()));
    await page.close();
  }
  return times;
}
