/** Names for Meeting Guide type codes (O, C, W, BE, LGBTQ, …), from the shared Code for Recovery spec. */
import { getTypesForLanguage } from '@code4recovery/spec';
import type { Lang } from '#i18n/languages.ts';

type Table = Readonly<Record<string, string>>;

// Each language's table is read once: the spec builds a fresh table on every call, and every
// meeting row and listing page asks.
const tables = new Map<string, Table>();

function table(lang: string): Table {
  let found = tables.get(lang);
  if (!found) {
    found = getTypesForLanguage(lang) as Table;
    tables.set(lang, found);
  }
  return found;
}

/**
 * The name of a type code in `lang` ("O" is "Open", "Abierta"): the spec's name in that language,
 * else its English one (a code the language's table lacks), else the code itself.
 */
export function meetingTypeLabel(code: string, lang: Lang = 'en'): string {
  return table(lang)[code] ?? table('en')[code] ?? code;
}
