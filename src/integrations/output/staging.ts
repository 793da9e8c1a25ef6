/**
 * Build outputs made while Astro renders (the search index, the open data) are written to a
 * staging folder in Astro's cache dir, because Astro empties dist/ before rendering, and moved
 * into dist/ when the build is done.
 */
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/** Moves the file or folder `from` to `to`, replacing `to`; copies when they are on different file systems. */
export function moveInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
