/**
 * Settles in a task of its own, once the browser has had a turn: long work split with it leaves
 * the page free to answer a tap or draw a frame between its pieces, instead of freezing a slow
 * phone for the whole of it.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
