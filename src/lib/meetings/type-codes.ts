/**
 * A listing's meeting types as the meetings page and the Meeting Guide feed read them: the codes
 * it states, plus the code of every field value it states in other words (`features:
 * [kid-friendly]` is CF, `languages: [es]` is S). One rule, so "Child-Friendly" on the meetings
 * page finds every listing that says kids are welcome, however it says so.
 */
import { MEETING_TYPE_CODES, type MeetingTypeField } from '#taxonomy';

/** The listing fields the types are read from. */
export type TypeSource = { meeting_types?: readonly string[] | undefined } & {
  [F in MeetingTypeField]?: readonly string[] | undefined;
};

/** "Location temporarily closed": a status of the place, not a kind of meeting. */
export const TEMPORARILY_CLOSED_TYPE = 'TC';

/**
 * The listing's own codes in its order, then the first code of each field value none of its
 * codes already stands for. English is every listing's default language, so EN is added only
 * for a listing that names another language too.
 */
export function meetingTypesOf(listing: TypeSource): string[] {
  const codes = [...new Set(listing.meeting_types ?? [])];
  const stated = new Set<string>();
  for (const row of MEETING_TYPE_CODES) if (codes.includes(row.code)) stated.add(`${row.field}:${row.value}`);
  const onlyEnglish = (listing.languages ?? ['en']).every((language) => language === 'en');
  for (const row of MEETING_TYPE_CODES) {
    const key = `${row.field}:${row.value}`;
    if (!(listing[row.field] ?? []).includes(row.value) || stated.has(key)) continue;
    if (row.field === 'languages' && row.value === 'en' && onlyEnglish) continue;
    if (!codes.includes(row.code)) codes.push(row.code);
    stated.add(key);
  }
  return codes;
}
