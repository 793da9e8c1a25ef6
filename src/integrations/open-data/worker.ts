/**
 * The open-data worker thread: builds the exports and calendar files (files.ts) and
 * writes them into the staging folder it is given, then reports the paths it wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openDataFiles, type OpenDataInput } from './files.ts';

const { staging, ...input } = workerData as OpenDataInput & { staging: string };
const files = openDataFiles(input);
const folders = new Set<string>();
for (const [path, text] of files) {
  const file = join(staging, path);
  const folder = dirname(file);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  writeFileSync(file, text);
}
parentPort!.postMessage([...files.keys()]);
