/**
 * The words the exports write schedules in ("2nd Saturday of the month"). Open data is read by
 * other programs and by people in many places, and its field names are English, so its few
 * words are English whatever languages the site is built in; a listing's translations travel in
 * their own fields (see exports.ts and hsds.ts).
 */
import { timeWords } from '#i18n/index.ts';

export const DATA_WORDS = timeWords('en');
