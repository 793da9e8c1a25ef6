/** The second thread of `validateProjectInParallel`: checks the files it is given and reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ListingCheckContext } from './listing.ts';
import { checkListingFiles } from './project.ts';

const { root, files, context } = workerData as { root: string; files: string[]; context: ListingCheckContext };
parentPort!.postMessage(checkListingFiles(root, files, context));
