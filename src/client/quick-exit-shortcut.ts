/**
 * The quick exit's keyboard shortcut: the Shift key pressed on its own three times within a few
 * seconds (as GOV.UK's "Exit this page" does). Shift held for a capital letter or any other
 * combination does not count, and nothing counts while focus is in a text field, so typing can
 * never set it off. Pure: the browser script feeds it key events.
 */

/** Shift presses in a row that leave the site. */
export const SHIFT_PRESSES = 3;
/** They must all fall within this many milliseconds of the first. */
export const SHIFT_WINDOW_MS = 5000;

export interface KeyEventLike {
  key: string;
  /** True for the auto-repeat of a key held down. */
  repeat?: boolean;
  /** True when focus is in a field that takes typing (input, textarea, select, contenteditable). */
  inField: boolean;
  /** When it happened, in milliseconds. */
  time: number;
}

export class ShiftCounter {
  #presses: number[] = [];
  /** Shift is down and nothing else has been pressed with it yet. */
  #clean = false;

  /** A key went down. */
  down(event: KeyEventLike): void {
    if (event.key !== 'Shift') {
      // Shift used as a modifier (a capital letter, Shift+Tab), or another key between presses.
      this.#clean = false;
      this.#presses = [];
      return;
    }
    if (event.repeat) return;
    this.#clean = !event.inField;
  }

  /** A key came up; true when this completes the shortcut. */
  up(event: KeyEventLike): boolean {
    if (event.key !== 'Shift') return false;
    const counted = this.#clean && !event.inField;
    this.#clean = false;
    if (!counted) {
      this.#presses = [];
      return false;
    }
    this.#presses = [...this.#presses.filter((t) => event.time - t <= SHIFT_WINDOW_MS), event.time];
    if (this.#presses.length < SHIFT_PRESSES) return false;
    this.#presses = [];
    return true;
  }
}
