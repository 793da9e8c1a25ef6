/**
 * The open-data worker thread: builds the exports and calendar files (files.ts) one at a time,
 * writing each into the staging folder it is given before making the next, then reports the
 * paths it wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openDataFiles, type OpenDataInput } from './files.ts';

const { staging, ...input } = workerData as OpenDataInput & { staging: string };
const written: string[] = [];
const folders = new Set<string>();
for (const [path, text] of openDataFiles(input)) {
  const file = join(staging, path);
  const folder = dirname(file);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  writeFileSync(file, text);
  written.push(path);
}
parentPort!.postMessage(written);
