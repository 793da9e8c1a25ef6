import { describe, expect, it } from 'vitest';
import { inSteps } from '#client/next-task.ts';

describe('long work in steps', () => {
  it('covers every position once, in pieces of the size asked, each in a task of its own', async () => {
    const pieces: [number, number][] = [];
    let tasks = 0;
    const counting = setInterval(() => tasks++, 0);
    const done = await inSteps(10, 4, (from, to) => pieces.push([from, to]));
    clearInterval(counting);
    expect(done).toBe(true);
    expect(pieces).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    // The pieces did not all run in one task: other tasks got turns between them.
    expect(tasks).toBeGreaterThan(0);
  });

  it('stops between pieces once the work is no longer wanted, and says so', async () => {
    const pieces: number[] = [];
    let stopped = false;
    const done = await inSteps(
      10,
      2,
      (from) => {
        pieces.push(from);
        if (from === 4) stopped = true;
      },
      () => stopped,
    );
    expect(done).toBe(false);
    expect(pieces).toEqual([0, 2, 4]);
  });

  it('does nothing for nothing', async () => {
    let called = false;
    expect(await inSteps(0, 5, () => (called = true))).toBe(true);
    expect(called).toBe(false);
  });
});
