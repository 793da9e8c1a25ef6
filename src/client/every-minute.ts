/**
 * Runs `run` just after the turn of each minute, when "open now" and "starts in" can change, until
 * the returned function cancels it. Pages left open on a phone stay true this way.
 */
export function everyMinute(run: () => void): () => void {
  let interval: ReturnType<typeof setInterval> | undefined;
  const timer = setTimeout(
    () => {
      run();
      interval = setInterval(run, 60_000);
    },
    60_000 - (Date.now() % 60_000) + 50,
  );
  return () => {
    clearTimeout(timer);
    clearInterval(interval);
  };
}
