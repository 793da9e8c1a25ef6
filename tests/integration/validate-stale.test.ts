/** `npm run validate -- --stale` in a child process: a worklist (exit 0) unless the data has errors. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mixedAges, project, staleListing as listing, TODAY } from '../helpers/stale-projects.ts';

const cli = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));

const runCli = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [cli, '--root', root, '--today', TODAY, '--stale', ...args], { encoding: 'utf8' });

describe('npm run validate -- --stale', () => {
  it('prints the queue instead of stale warnings, and exits 0', () => {
    const run = runCli(mixedAges());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Stale: not verified in the last 180 days, oldest first:');
    expect(lines[1]).toMatch(/^data\/listings\/food\/oldest\.md:8: Oldest Pantry: last verified 2025-10-01/);
    expect(lines.at(-1)).toMatch(/^3 stale and 2 due soon, of 6 published listings/);
  });

  it('takes --due-within, and rejects a value that is not a number of days', () => {
    expect(runCli(mixedAges(), '--due-within', '0').stdout).not.toMatch(/Due soon/);
    const bad = runCli(mixedAges(), '--due-within', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--due-within must be a number of days, like 30, not "soon"/);
  });

  it('prints the errors as usual and exits 1 when the data has errors', () => {
    const root = project({
      'data/listings/food/old.md': listing('Old Pantry', '2025-10-01'),
      'data/listings/food/broken.md': listing('Broken Pantry', '2026-11-01', 'phnoe: "517-555-0100"\n'),
    });
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^data\/listings\/food\/broken\.md:7: phnoe: is not a known field/m);
    expect(run.stdout).toMatch(/✗ 1 error, 1 warning in 3 files/);
    expect(run.stdout).toMatch(/Fix the errors above, then run npm run validate -- --stale again/);
    expect(run.stdout).not.toMatch(/Stale:/);
  });

  it('says when there is nothing to re-verify', () => {
    const run = runCli(project({ 'data/listings/food/fresh.md': listing('Fresh Pantry', '2026-11-01') }));
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('Nothing to re-verify: none of 1 published listing is stale or due within 30 days.');
  });

  it('answers a mistyped option or a file name with one line and the usage, not a stack trace', () => {
    for (const args of [['--stal'], ['data/listings/food/fresh.md']]) {
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(/^usage: npm run validate/m);
      expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });
});
