/** Names for Meeting Guide type codes (O, C, W, BE, LGBTQ, …), from the shared Code for Recovery spec. */
import { getTypesForLanguage } from '@code4recovery/spec';

// Read once per build: the spec builds a fresh table on every call, and every meeting page asks.
const labels = getTypesForLanguage('en') as Readonly<Record<string, string>>;

/** The English name of a type code, or the code itself when the spec has none. */
export function meetingTypeLabel(code: string): string {
  return labels[code] ?? code;
}
