import { describe, expect, it } from 'vitest';
import { SHIFT_WINDOW_MS, ShiftCounter } from '#client/quick-exit-shortcut.ts';

/** Presses Shift on its own at `time`; the result is whether that completed the shortcut. */
function tap(counter: ShiftCounter, time: number, inField = false): boolean {
  counter.down({ key: 'Shift', inField, time });
  return counter.up({ key: 'Shift', inField, time: time + 60 });
}

describe('the quick exit shortcut', () => {
  it('fires on the third press of Shift alone', () => {
    const counter = new ShiftCounter();
    expect(tap(counter, 0)).toBe(false);
    expect(tap(counter, 300)).toBe(false);
    expect(tap(counter, 600)).toBe(true);
    // And starts again afterwards.
    expect(tap(counter, 900)).toBe(false);
  });

  it('does not count Shift used for a capital letter or Shift+Tab', () => {
    const counter = new ShiftCounter();
    tap(counter, 0);
    tap(counter, 200);
    counter.down({ key: 'Shift', inField: false, time: 400 });
    counter.down({ key: 'Tab', inField: false, time: 450 });
    expect(counter.up({ key: 'Shift', inField: false, time: 500 })).toBe(false);
    expect(tap(counter, 700)).toBe(false);
  });

  it('never fires while typing in a field', () => {
    const counter = new ShiftCounter();
    expect([0, 200, 400, 600, 800].map((t) => tap(counter, t, true))).toEqual([false, false, false, false, false]);
  });

  it('starts over when another key comes between the presses', () => {
    const counter = new ShiftCounter();
    tap(counter, 0);
    tap(counter, 200);
    counter.down({ key: 'a', inField: false, time: 300 });
    counter.up({ key: 'a', inField: false, time: 350 });
    expect(tap(counter, 400)).toBe(false);
  });

  it('needs the three presses within the time allowed', () => {
    const counter = new ShiftCounter();
    tap(counter, 0);
    tap(counter, 1000);
    expect(tap(counter, SHIFT_WINDOW_MS + 500)).toBe(false);
    // The last two still count towards the next.
    expect(tap(counter, SHIFT_WINDOW_MS + 700)).toBe(true);
  });

  it('ignores the auto-repeat of Shift held down', () => {
    const counter = new ShiftCounter();
    counter.down({ key: 'Shift', inField: false, time: 0 });
    counter.down({ key: 'Shift', repeat: true, inField: false, time: 500 });
    counter.down({ key: 'Shift', repeat: true, inField: false, time: 550 });
    expect(counter.up({ key: 'Shift', inField: false, time: 600 })).toBe(false);
    expect(tap(counter, 800)).toBe(false);
    expect(tap(counter, 1000)).toBe(true);
  });
});
