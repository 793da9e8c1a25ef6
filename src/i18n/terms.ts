/**
 * Vocabulary terms in a page's language, for the build: `termIn(CATEGORIES, 'food', 'es')` is
 * the food category with its Spanish label and description. Browser code gets labels from the
 * page, never from here (this module holds every language).
 */
import { ALL_PATHWAYS, type Term } from '#taxonomy';
import { dictionary } from './index.ts';
import type { Lang } from './languages.ts';
import { VOCABULARIES, type VocabularyName } from './vocabulary.ts';

const names = new Map<readonly Term[], VocabularyName>(
  Object.entries(VOCABULARIES).map(([name, terms]) => [terms as readonly Term[], name as VocabularyName]),
);

/** `term` (a term of `terms`) with its words in `lang`; the term itself when it has none. */
function translated<T extends Term>(terms: readonly T[], term: T, lang: Lang): T {
  const name = names.get(terms);
  const words =
    name && (dictionary(lang).vocabulary[name] as Record<string, { label: string; description: string }>)[term.id];
  return words ? { ...term, label: words.label, description: words.description } : term;
}

/** The term of `id` in `terms`, in `lang`; undefined for an unknown id. */
export function termIn<T extends Term>(terms: readonly T[], id: string, lang: Lang): T | undefined {
  const term = terms.find((t) => t.id === id);
  return term && translated(terms, term, lang);
}

/** Every term of a vocabulary, in `lang`, in the vocabulary's order. */
export function termsIn<T extends Term>(terms: readonly T[], lang: Lang): T[] {
  return terms.map((term) => translated(terms, term, lang));
}

/** The label of `id` in `lang`, or the id itself as a last resort. */
export function labelIn(terms: readonly Term[], id: string, lang: Lang): string {
  return termIn(terms, id, lang)?.label ?? id;
}

/** The labels of `ids` in `lang`, in the ids' order. */
export function labelsIn(terms: readonly Term[], ids: readonly string[] | undefined, lang: Lang): string[] {
  return (ids ?? []).map((id) => labelIn(terms, id, lang));
}

/** A listing's pathways as terms in `lang`; `[all-pathways]` is the one "all pathways" term. */
export function pathwayTermsIn(pathways: readonly string[] | undefined, lang: Lang): Term[] {
  if (pathways?.includes(ALL_PATHWAYS)) return [{ id: ALL_PATHWAYS, ...dictionary(lang).vocabulary.allPathways }];
  return (pathways ?? []).flatMap((id) => termIn(VOCABULARIES.pathways, id, lang) ?? []);
}
