/**
 * Runs a build step in a worker thread, so its work keeps off the thread that renders the pages:
 * resolves with the one message the worker posts when done, and rejects when it fails or stops
 * without one.
 */
import { Worker } from 'node:worker_threads';

/** `name` says which step stopped, in the error. */
export function runInWorker<T>(script: URL, workerData: unknown, name: string): Promise<T> {
  const worker = new Worker(script, { workerData });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ${name} worker stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
