/**
 * E-mail addresses written into a listing's text. Listing files, listings.json, HSDS, the search
 * index and the page all publish every word of a description, summary or note, even for a private
 * home, and what is written there is often a person's own address. The organisation's address
 * belongs in the `email` field, which is published on purpose; no other field may hold one.
 */
import { removeEmails } from '#lib/open-data/meeting-guide/text.ts';
import { fieldWords, textValues } from './characters.ts';
import type { Problem } from './problem.ts';
import type { ParsedSource } from './source.ts';

/** A value that is only a web address: its "user@host" form is refused by the URL's own check. */
const WHOLE_URL = /^\s*https?:\/\/\S*\s*$/i;

/** "https://name@" at the start of a web address: the link check reports that user name itself. */
const URL_USERINFO = /https?:\/\/[^\s/?#@\\]*@/gi;

/** One problem per line of text that holds an e-mail address or a `mailto:` link. */
export function checkFreeTextEmails(
  file: string,
  source: Pick<ParsedSource, 'data' | 'body' | 'bodyLine' | 'lineOf'>,
): Problem[] {
  const problems: Problem[] = [];
  for (const value of textValues(source)) {
    if (value.field === 'email' || WHOLE_URL.test(value.text)) continue;
    value.text.split('\n').forEach((line, i) => {
      // A mailto: link may hide its address from the pattern (mailto:jo%40example.org).
      if (removeEmails(line.replace(URL_USERINFO, '')).removed === 0 && !/mailto:/i.test(line)) return;
      problems.push({
        file,
        line: value.line() + i,
        field: value.field,
        message: `an e-mail address in ${fieldWords(value)} would be published; put the organisation's address in the \`email\` field, and leave out anyone's personal address`,
        severity: 'error',
      });
    });
  }
  return problems;
}
