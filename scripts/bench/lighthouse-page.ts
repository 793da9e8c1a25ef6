/**
 * node scripts/bench/lighthouse-page.ts '{"url":…,"port":…,"blocked":[…],"timeout":…}'
 *
 * Lighthouse (its defaults: mobile, simulated throttling) on one page, in a Chromium already
 * listening on `port`; prints the page's figures as JSON. The bench runs it as a child process,
 * so a run that hangs can be stopped, and one that runs out of memory on a very large page
 * ends here rather than in the bench.
 */
import lighthouse from 'lighthouse';
import type { LighthouseFigures } from './lighthouse-report.ts';

interface Job {
  url: string;
  port: number;
  /** URL patterns to block (the map's tiles). */
  blocked: string[];
  /** How long the page may take to load, in ms. */
  timeout: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const result = await lighthouse(job.url, {
  port: job.port,
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  blockedUrlPatterns: job.blocked,
  maxWaitForLoad: job.timeout,
  maxWaitForFcp: job.timeout,
});
let figures: LighthouseFigures;
if (!result) figures = { error: 'no result' };
else if (result.lhr.runtimeError) figures = { error: result.lhr.runtimeError.code };
else {
  const { categories, audits } = result.lhr;
  const score = (id: string) => {
    const value = categories[id]?.score;
    return typeof value === 'number' ? value * 100 : undefined;
  };
  figures = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: audits['cumulative-layout-shift']?.numericValue,
    tbt: audits['total-blocking-time']?.numericValue,
  };
}
process.stdout.write(JSON.stringify(figures));
