/**
 * The project's validation on two cores, for the build and `npm run validate`: the same steps
 * and the same report as `validateProject` (project.ts), with the listing files shared between
 * this thread and a worker (worker.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  checkListingFiles,
  finishProject,
  prepareProject,
  type FilesReport,
  type ProjectReport,
  type ValidateOptions,
} from './project.ts';

/**
 * Below this many files a second thread costs more to start (it loads the schemas afresh) than
 * it saves.
 */
const PARALLEL_FROM = 2000;

/**
 * `validateProject` on two cores: a worker thread checks the second half of the files while this
 * thread checks the first. Parsing YAML with positions is most of a build's validation time; the
 * report is the same, in the same order.
 */
export async function validateProjectInParallel(
  root: string,
  options: ValidateOptions = {},
  { parallelFrom = PARALLEL_FROM } = {},
): Promise<ProjectReport> {
  const setup = prepareProject(root, options);
  const files = setup.listingFiles;
  if (files.length < parallelFrom || availableParallelism() < 2) {
    return finishProject(setup, [checkListingFiles(root, files, setup.context)]);
  }
  const middle = Math.ceil(files.length / 2);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: { root, files: files.slice(middle), context: setup.context },
  });
  const second = new Promise<FilesReport>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the validation worker stopped (exit code ${code})`)));
  });
  const first = checkListingFiles(root, files.slice(0, middle), setup.context);
  try {
    return finishProject(setup, [first, await second]);
  } finally {
    void worker.terminate();
  }
}
