/**
 * The vocabularies of src/taxonomy.ts in the site's other languages. taxonomy.ts stays the one
 * place a term is defined (its id, and its English label and description); each other language
 * gives every id a label and a description in a file of its dictionary
 * (dictionaries/<lang>/vocabulary.ts), typed from the vocabularies so a term added to
 * taxonomy.ts and missing in a language fails the type check.
 */
import {
  ACCESSIBILITY,
  ALL_PATHWAYS_TERM,
  ATTENDANCE,
  CATEGORIES,
  COSTS,
  FEATURES,
  FELLOWSHIPS,
  HOUSING_GENDERS,
  MOUD_POLICIES,
  NARR_LEVELS,
  PATHWAYS,
  POPULATIONS,
  STATUSES,
  SUPPORT_TYPES,
  TIMES_OF_DAY,
  VERIFIED_HOW,
  WEEKDAYS,
  type Term,
} from '#taxonomy';

/** Every translated vocabulary, by the name its translation is filed under. */
export const VOCABULARIES = {
  support: SUPPORT_TYPES,
  pathways: PATHWAYS,
  categories: CATEGORIES,
  populations: POPULATIONS,
  attendance: ATTENDANCE,
  costs: COSTS,
  accessibility: ACCESSIBILITY,
  features: FEATURES,
  fellowships: FELLOWSHIPS,
  statuses: STATUSES,
  verifiedHow: VERIFIED_HOW,
  narrLevels: NARR_LEVELS,
  housingGenders: HOUSING_GENDERS,
  moudPolicies: MOUD_POLICIES,
  weekdays: WEEKDAYS,
  timesOfDay: TIMES_OF_DAY,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** A term's words in one language. */
export interface TermWords {
  label: string;
  description: string;
}

/** One language's words for every term of every vocabulary, and for "all pathways". */
export type VocabularyTranslation = {
  [V in VocabularyName]: Record<(typeof VOCABULARIES)[V][number]['id'], TermWords>;
} & { allPathways: TermWords };

/** The English words, read from taxonomy.ts: the reference every translation is checked against. */
export function englishVocabulary(): VocabularyTranslation {
  const table = Object.fromEntries(
    Object.entries(VOCABULARIES).map(([name, terms]) => [
      name,
      Object.fromEntries((terms as readonly Term[]).map((t) => [t.id, { label: t.label, description: t.description }])),
    ]),
  );
  return {
    ...table,
    allPathways: { label: ALL_PATHWAYS_TERM.label, description: ALL_PATHWAYS_TERM.description },
  } as VocabularyTranslation;
}
