/**
 * The categories a search's words are nearest to, matched against each category's label and
 * everyday words (src/taxonomy-words.ts), for the help shown when a search finds nothing. Its own
 * module so the search box loads the words only when it needs them.
 */
import { CATEGORY_IDS, type CategoryId } from '#taxonomy';
import { TERM_WORDS } from '#taxonomy-words';
import { queryWords } from './text-match.ts';

/** A category the words are close to. */
export interface NearCategory {
  id: CategoryId;
  label: string;
}

/** Two words are the same word here when equal, or when one starts the other and both are long. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return a.startsWith(b) || b.startsWith(a);
}

const MAX_CATEGORIES = 2;

/**
 * The categories whose label or everyday words share the most words with `q`, best first (at
 * most two); none when no word is shared. A whole phrase ("sober living") counts above its words.
 * `labels` are the categories' labels in the page's language (the page hands them over, so the
 * browser ships no vocabulary's words): matched too, and returned.
 */
export function nearestCategories(q: string, labels: Readonly<Partial<Record<CategoryId, string>>>): NearCategory[] {
  const words = queryWords(q);
  if (words.length === 0) return [];
  const joined = ` ${words.join(' ')} `;
  const scored = CATEGORY_IDS.map((id, order) => {
    const { en, es } = TERM_WORDS.category[id];
    const phrases = [labels[id] ?? '', ...en, ...es].map(queryWords).filter((p) => p.length > 0);
    const tokens = phrases.flat();
    const shared = words.filter((w) => tokens.some((t) => sameWord(t, w))).length;
    const whole = phrases.filter((p) => p.length > 1 && joined.includes(` ${p.join(' ')} `)).length;
    return { id, order, score: shared + 2 * whole };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_CATEGORIES)
    .map(({ id }) => ({ id, label: labels[id] ?? id }));
}
