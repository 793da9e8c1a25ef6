/**
 * The words the finder's filter groups are labelled with in one language (facet-groups.ts):
 * legends from the finder dictionary, vocabulary labels through src/i18n/terms.ts. For the build
 * only: it reads every language's dictionary, so browser code gets the finished groups as props.
 */
import { dictionary } from '#i18n/index.ts';
import { UI_LANGUAGES, type Lang } from '#i18n/languages.ts';
import { termsIn } from '#i18n/terms.ts';
import { FACET_TERMS, languageLabelIn, type FacetWords } from './facet-groups.ts';

export function facetWordsIn(lang: Lang): FacetWords {
  const words = dictionary(lang).finder;
  const { locale } = UI_LANGUAGES[lang];
  return {
    legends: words.legends,
    terms: Object.fromEntries(
      Object.entries(FACET_TERMS).map(([key, terms]) => [key, termsIn(terms, lang)]),
    ) as unknown as FacetWords['terms'],
    language: (code) => languageLabelIn(code, locale, words.languageNames),
  };
}
