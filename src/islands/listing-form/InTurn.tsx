/**
 * Draws its part of the form in a task of its own, after the parts before it. The whole form at
 * once was one long task on a slow phone (building some 700 boxes, labels and notes, then laying
 * them out), and a tap in the meantime waited for all of it. The first part is drawn at once and
 * fills the screen; the others follow one per task, in the order they are on the page, below it,
 * so nothing seen moves.
 *
 * The queue is shared by every part on the page, so parts are drawn in document order (effects
 * run in tree order) whatever component holds them. Once the form has been drawn, a part that
 * appears later (a section the chosen category brings) is drawn at once: it is small, and it is
 * where the volunteer is looking.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { nextTask } from '#client/next-task.ts';

const waiting: (() => void)[] = [];
let draining = false;
/** The form's first drawing is done: parts from now on are drawn at once. */
let drawn = false;

async function drain(): Promise<void> {
  draining = true;
  while (waiting.length > 0) {
    await nextTask();
    waiting.shift()?.();
  }
  draining = false;
  drawn = true;
}

function enqueue(show: () => void): void {
  waiting.push(show);
  if (!draining) void drain();
}

export function InTurn({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(drawn);
  useEffect(() => {
    if (shown) return;
    let live = true;
    enqueue(() => live && setShown(true));
    return () => {
      live = false;
    };
  }, [shown]);
  return shown ? <>{children}</> : null;
}
