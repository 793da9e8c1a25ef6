/** Names for Meeting Guide type codes (O, C, W, BE, LGBTQ, …), from the shared Code for Recovery spec. */
import { getTypesForLanguage } from '@code4recovery/spec';

// Read once per build: the spec builds a fresh table on every call, and every meeting page asks.
const labels = getTypesForLanguage('en') as Readonly<Record<string, string>>;

/** The English name of a type code, or the code itself when the spec has none. */
export function meetingTypeLabel(code: string): string {
  return labels[code] ?? code;
}

/**
 * What "Open" and "Closed" mean, in plain words, for wherever those types are shown: newcomers
 * and families cannot be expected to know the fellowships' terms.
 */
export const OPEN_CLOSED_NOTES = [
  { code: 'O', text: 'Open meetings: anyone may attend, including family and friends.' },
  {
    code: 'C',
    text: 'Closed meetings: for people who have a desire to stop drinking or using, or who identify with the fellowship.',
  },
] as const;
