/**
 * The meetings page's language (src/lib/meetings/page.ts takes it as a parameter, since that room
 * holds no dictionary): its words, week start and the vocabularies it shows, in `lang`. Built
 * here once, for the pages and their tests alike.
 */
import { ENGLISH_TERMS, type MeetingsPageLanguage } from '#lib/meetings/page.ts';
import { dictionary, timeWords } from './index.ts';
import { UI_LANGUAGES, type Lang } from './languages.ts';
import { termsIn } from './terms.ts';

/** `sourceLang` is the language listings are written in (the site's first). */
export function meetingsPageLanguage(lang: Lang, sourceLang: string): MeetingsPageLanguage {
  return {
    lang,
    time: timeWords(lang),
    weekStart: UI_LANGUAGES[lang].weekStart,
    filters: dictionary(lang).meetings.filters,
    terms: {
      fellowships: termsIn(ENGLISH_TERMS.fellowships, lang),
      support: termsIn(ENGLISH_TERMS.support, lang),
      pathways: termsIn(ENGLISH_TERMS.pathways, lang),
      timesOfDay: termsIn(ENGLISH_TERMS.timesOfDay, lang),
    },
    sourceLang,
  };
}
