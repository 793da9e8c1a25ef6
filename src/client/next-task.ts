/**
 * Settles in a task of its own, once the browser has had a turn: long work split with it leaves
 * the page free to answer a tap or draw a frame between its pieces, instead of freezing a slow
 * phone for the whole of it.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `step(from, to)` over positions 0 to `length` in pieces of `size`, each piece in a task of
 * its own. Resolves true once done, or false as soon as `stopped()` says the work is no longer
 * wanted (checked between pieces).
 */
export async function inSteps(
  length: number,
  size: number,
  step: (from: number, to: number) => void,
  stopped: () => boolean = () => false,
): Promise<boolean> {
  for (let from = 0; from < length; from += size) {
    if (from > 0) {
      await nextTask();
      if (stopped()) return false;
    }
    step(from, Math.min(length, from + size));
  }
  return !stopped();
}
