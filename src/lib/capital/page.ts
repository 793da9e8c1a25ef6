/**
 * The recovery capital page's values (/recovery-capital/), worked out once for a language: the
 * statements grouped by part of life, each with its five answers and the category pages that
 * can help, which the page links without JavaScript (the paper version) and its script matches
 * against the listings.
 */
import {
  CAPITAL_AREA_IDS,
  CAPITAL_STATEMENTS,
  RATING_VALUES,
  type CapitalArea,
  type CapitalStatementId,
  type Rating,
} from '#recovery-capital';
import type { Dictionary } from '#i18n/dictionary.ts';

export type CapitalWords = Dictionary['capital'];

export interface CapitalStatementView {
  id: CapitalStatementId;
  /** The sentence the person rates (the fieldset's legend). */
  text: string;
  /** `data-categories`: the category ids, comma-separated (a contract). */
  categories: string;
  /** The category pages that can help, in the page's language. */
  links: { id: string; label: string; href: string }[];
}

export interface CapitalAreaView {
  id: CapitalArea;
  heading: string;
  statements: CapitalStatementView[];
}

export interface CapitalPage {
  areas: CapitalAreaView[];
  /** The five answers, most agreement first. */
  ratings: { value: Rating; label: string }[];
}

/**
 * `categoryLabel` names a category in the page's language; `href` turns a root path into the
 * page's language's path ('/categories/food/' → '/es/categories/food/').
 */
export function capitalPage(
  words: CapitalWords,
  categoryLabel: (id: string) => string,
  href: (path: string) => string,
): CapitalPage {
  const areas = CAPITAL_AREA_IDS.map((area) => ({
    id: area,
    heading: words.areas[area],
    statements: CAPITAL_STATEMENTS.filter((s) => s.area === area).map((s) => ({
      id: s.id,
      text: words.statements[s.id].text,
      categories: s.categories.join(','),
      links: s.categories.map((id) => ({ id, label: categoryLabel(id), href: href(`/categories/${id}/`) })),
    })),
  }));
  return { areas, ratings: RATING_VALUES.map((value) => ({ value, label: words.ratings[value] })) };
}
