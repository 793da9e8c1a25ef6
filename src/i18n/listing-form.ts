/**
 * The listing form's vocabularies in a language (src/lib/listing-form/page.ts takes them as a
 * parameter, since that room holds no dictionary): every term's words in `lang`, the Meeting
 * Guide types by their names in `lang`, and the common spoken languages by their names.
 */
import { getTypesForLanguage } from '@code4recovery/spec';
import {
  ACCESSIBILITY,
  ALL_PATHWAYS,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  LANGUAGE_LABELS,
  MOUD_POLICIES,
  NARR_LEVELS,
  PATHWAYS,
  POPULATIONS,
  STATUSES,
  SUPPORT_TYPES,
  VERIFIED_HOW,
  WEEKDAYS,
  WEEKS_OF_MONTH,
  type Term,
} from '#taxonomy';
import { languageLabelIn } from '#lib/finder/facet-groups.ts';
import type { Choice, FormChoices } from '#lib/listing-form/page.ts';
import { dictionary } from './index.ts';
import { UI_LANGUAGES, type Lang } from './languages.ts';
import { termsIn } from './terms.ts';

const choices = (terms: readonly Term[], lang: Lang): Choice[] =>
  termsIn(terms, lang).map(({ id, label }) => ({ id, label }));

/** Every vocabulary of the form, in `lang`, in the vocabulary's own order. */
export function listingFormChoices(lang: Lang): FormChoices {
  const ui = dictionary(lang);
  const { locale } = UI_LANGUAGES[lang];
  const types = getTypesForLanguage(lang) as Record<string, string>;
  const english = getTypesForLanguage('en') as Record<string, string>;
  return {
    category: choices(CATEGORIES, lang),
    support: choices(SUPPORT_TYPES, lang),
    pathways: [...choices(PATHWAYS, lang), { id: ALL_PATHWAYS, label: ui.form.allPathways }],
    attendance: choices(ATTENDANCE, lang),
    populations: choices(POPULATIONS, lang),
    cost: choices(COSTS, lang),
    accessibility: choices(ACCESSIBILITY, lang),
    features: choices(FEATURES, lang),
    fellowship: choices(FELLOWSHIPS, lang),
    status: choices(STATUSES, lang),
    verified_how: choices(VERIFIED_HOW, lang),
    narr_level: choices(NARR_LEVELS, lang),
    gender: choices(HOUSING_GENDERS, lang),
    moud: choices(MOUD_POLICIES, lang),
    weekdays: choices(WEEKDAYS, lang),
    weeks: WEEKS_OF_MONTH.map(({ id }) => ({ id: String(id), label: ui.time.weeksOfMonth[id] })),
    // Every Meeting Guide type, by its name in the page's language (English where the spec has none).
    meeting_types: Object.keys(english)
      .map((code) => ({ id: code, label: types[code] ?? english[code]! }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    languages: Object.keys(LANGUAGE_LABELS).map((code) => ({
      id: code,
      label: languageLabelIn(code, locale, ui.finder.languageNames),
    })),
  };
}
