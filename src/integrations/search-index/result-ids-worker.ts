/**
 * The worker thread that writes one Pagefind run's table of result ids (result-ids.ts), so
 * reading back every fragment keeps off the thread that renders the pages. Reports the number of
 * listings in each language's table.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeResultIds } from './result-ids.ts';

parentPort!.postMessage(writeResultIds((workerData as { folder: string }).folder));
