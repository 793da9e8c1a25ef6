/**
 * Everyday words matched in the browser against the listings' terms, instead of being written
 * into every search record.
 *
 * "dentist", "sober living", "gratis" or "Suboxone" name terms a listing has (its category, a
 * cost, a pathway). Written into each listing's search record, these words were about half of
 * every record: half of what Pagefind indexes and holds at build time, and most of the word index
 * a search downloads. The terms are already in the finder's facet index (and in Pagefind's
 * filters, for the search box), so a word that names a term is matched here against them, and
 * Pagefind only searches the listings' own text for it.
 *
 * The vocabularies whose terms the finder can filter on are matched here; the others (features,
 * fellowships, medication policies, house rules, days) keep their words in the records
 * (src/lib/finder/search-record.ts).
 */
import { PATHWAY_IDS, ALL_PATHWAYS } from '#taxonomy';
import { TERM_WORDS, type WordVocabulary } from '#taxonomy-words';
import { and, createBitset, fullBitset, indexesOf, type Bitset } from './bitset.ts';
import type { FacetIndex, FacetKey } from './facets.ts';
import { normalizeWord, queryWords } from './text-match.ts';

/** The vocabularies matched here, each with the finder facet (and Pagefind filter) holding its terms. */
export const TERM_FACETS = {
  category: 'category',
  support: 'support',
  pathway: 'pathway',
  population: 'population',
  attendance: 'attendance',
  cost: 'cost',
  accessibility: 'accessibility',
} as const satisfies Partial<Record<WordVocabulary, FacetKey>>;
export type TermFacet = (typeof TERM_FACETS)[keyof typeof TERM_FACETS];

/** True for a vocabulary whose words are matched in the browser, not indexed. */
export function matchedInBrowser(vocabulary: WordVocabulary): vocabulary is keyof typeof TERM_FACETS {
  return Object.hasOwn(TERM_FACETS, vocabulary);
}

/** One term a word names: a value of a facet (a listing's own pathway id, `all-pathways` too). */
export interface TermRef {
  key: TermFacet;
  value: string;
}

/** How much a word naming a listing's term counts: its kind of place more than the rest. */
export const TERM_WEIGHT = { category: 0.8, other: 0.5 } as const;

/** The weight of a match on one term (TERM_WEIGHT). */
export function termWeight(ref: TermRef): number {
  return ref.key === 'category' ? TERM_WEIGHT.category : TERM_WEIGHT.other;
}

/** How many letters a half-typed last word needs before it is read as the start of a term's word. */
const MIN_PREFIX = 3;

/** Little words of longer phrases that say nothing about a term ("todas las vías", "pay what you can"). */
const LINKING_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'you',
  'can',
  'por',
  'para',
  'con',
  'sin',
  'las',
  'los',
  'del',
  'una',
]);

/**
 * Every word of every term's phrases (both languages), normalized, with the terms it names. A
 * word of a longer phrase counts only with three letters or more, and not as a linking word, so
 * "de", "to" or "las" name nothing; a phrase of one word counts whatever its length ("VA", "fe").
 */
function buildWordTable(): Map<string, TermRef[]> {
  const table = new Map<string, TermRef[]>();
  const add = (word: string, ref: TermRef) => {
    const refs = table.get(word) ?? [];
    if (!refs.some((r) => r.key === ref.key && r.value === ref.value)) refs.push(ref);
    table.set(word, refs);
  };
  for (const [vocabulary, key] of Object.entries(TERM_FACETS) as [WordVocabulary, TermFacet][]) {
    for (const [value, words] of Object.entries(TERM_WORDS[vocabulary])) {
      for (const phrase of [...words.en, ...words.es]) {
        const parts = phrase.split(/\s+/).filter(Boolean);
        // A phrase of one word names its term whatever its length ("VA", "fe"; "drop-in" is
        // "dropin" to the search). Longer words of a phrase name it too, and so do the halves of
        // a hyphenated word, for a person typing "drop in".
        const whole = parts.length === 1 ? [normalizeWord(parts[0]!)] : [];
        const pieces = parts
          .flatMap((part: string) => [part, ...part.split(/[-/]/)])
          .map(normalizeWord)
          .filter((word: string) => word.length >= MIN_PREFIX && !LINKING_WORDS.has(word));
        for (const word of new Set([...whole, ...pieces])) if (word) add(word, { key, value });
      }
    }
  }
  return table;
}

let wordTable: Map<string, TermRef[]> | undefined;

/** A typed word and a term's word are the same word: equal, or (from three letters) one the other's plural. */
function sameWord(typed: string, known: string): boolean {
  if (typed === known) return true;
  if (typed.length < MIN_PREFIX || known.length < MIN_PREFIX) return false;
  return typed === `${known}s` || typed === `${known}es` || known === `${typed}s`;
}

/** The terms one typed word names; a half-typed last word also names the words it starts. */
export function termsNamed(word: string, last = false): TermRef[] {
  wordTable ??= buildWordTable();
  const typed = normalizeWord(word);
  if (!typed) return [];
  const refs: TermRef[] = [];
  for (const [known, named] of wordTable) {
    if (sameWord(typed, known) || (last && typed.length >= MIN_PREFIX && known.startsWith(typed))) {
      for (const ref of named) if (!refs.some((r) => r.key === ref.key && r.value === ref.value)) refs.push(ref);
    }
  }
  return refs;
}

/**
 * A search's words in groups: each word that names terms on its own, and the other words together
 * (searched in the text as one query, as Pagefind matches every word of it). Every group must
 * match for a listing to be found.
 */
export interface WordGroup {
  /** The words Pagefind searches the listings' text for. */
  words: string;
  /** The terms the word names; empty for the group of words that name none. */
  refs: TermRef[];
}

export function wordGroups(q: string): WordGroup[] {
  const words = q.split(/\s+/).filter((w) => queryWords(w).length > 0);
  const groups: WordGroup[] = [];
  const plain: string[] = [];
  words.forEach((word, i) => {
    const refs = termsNamed(word, i === words.length - 1);
    if (refs.length > 0) groups.push({ words: word, refs });
    else plain.push(word);
  });
  if (plain.length > 0) groups.unshift({ words: plain.join(' '), refs: [] });
  return groups;
}

/**
 * How many words naming terms a narrowed search splits into text-or-term searches (2 to the power
 * of it); past that, each such word is searched in the whole text on its own.
 */
const MAX_SPLIT_WORDS = 3;

/** One Pagefind search of the text for a word search (textSearches). */
export interface TextSearchPlan {
  /** The words the text must have: the plain words and those of the groups in `inText`. */
  words: string;
  /** The groups (indexes in wordGroups' order) matched by their words in the text. */
  inText: number[];
  /** The groups matched by their terms instead: the listing has one of each group's `refs`. */
  byTerms: number[];
}

/**
 * The text searches for a word search. Whole (the default): each group's words in all the text,
 * one search each; the finder looks every result up in the table of result ids
 * (src/lib/finder/result-ids.ts). Narrowed: only the listings a word search matches in its text
 * somewhere, for when each result's data must be fetched instead (one request a result). A
 * listing matches a group by the text or by a term, so the search is split: one Pagefind search
 * for each choice of the groups matched in the text, narrowed by Pagefind's filters to the
 * listings having the others' terms. "free dentist" is "free dentist" in the text, "free" in
 * dental care, and "dentist" where it is free (the rest, free dental care, needs no text search),
 * where "free" searched whole brings every listing that says it. Most words first, so the closest
 * matches come first. Past MAX_SPLIT_WORDS words naming terms, the searches are whole. (Filtered
 * searches are much slower than whole ones on a large index, so whole is the way when it can be.)
 */
export function textSearches(groups: readonly WordGroup[], { narrowed = false } = {}): TextSearchPlan[] {
  const plain = groups.flatMap((g, i) => (g.refs.length === 0 ? [i] : []));
  const named = groups.flatMap((g, i) => (g.refs.length > 0 ? [i] : []));
  if (!narrowed || named.length > MAX_SPLIT_WORDS)
    return groups.map((g, i) => ({ words: g.words, inText: [i], byTerms: [] }));
  const plans: TextSearchPlan[] = [];
  for (let choice = 0; choice < 2 ** named.length; choice++) {
    const inText = named.filter((_, bit) => choice & (1 << bit));
    const byTerms = named.filter((_, bit) => !(choice & (1 << bit)));
    const searched = [...plain, ...inText].sort((a, b) => a - b);
    if (searched.length === 0) continue;
    plans.push({ words: searched.map((i) => groups[i]!.words).join(' '), inText: searched, byTerms });
  }
  return plans.sort((a, b) => b.inText.length - a.inText.length);
}

/**
 * The listings (positions in the facet index) having any of `refs`, with how much the match
 * counts (TERM_WEIGHT). A pathway counts where the listing names it: `[all-pathways]` listings,
 * which the facet index gives every pathway, have the words of `all-pathways` instead, so a search
 * for "Suboxone" means places that name medication, not every place that welcomes all.
 */
export function termMatches(index: FacetIndex, refs: readonly TermRef[]): Map<number, number> {
  const everyPathway = () =>
    PATHWAY_IDS.reduce<Bitset>(
      (bits, id) => and(bits, index.facets.pathway.get(id) ?? createBitset(index.size)),
      fullBitset(index.size),
    );
  let allPathways: Bitset | undefined;
  const bitsOf = (ref: TermRef): Bitset | undefined => {
    if (ref.key !== 'pathway') return index.facets[ref.key].get(ref.value);
    allPathways ??= everyPathway();
    if (ref.value === ALL_PATHWAYS) return allPathways;
    const named = index.facets.pathway.get(ref.value);
    return named && named.map((word, i) => word & ~allPathways![i]!);
  };
  const weights = new Map<number, number>();
  for (const ref of refs) {
    const bits = bitsOf(ref);
    if (!bits) continue;
    const weight = termWeight(ref);
    for (const i of indexesOf(bits)) if (weight > (weights.get(i) ?? 0)) weights.set(i, weight);
  }
  return weights;
}

/** One group's matches: what Pagefind found in the text (best first), and the term matches' weights. */
export interface GroupMatches<T> {
  text: readonly T[];
  terms: ReadonlyMap<T, number>;
}

/**
 * The listings every group matches, best first. A group counts 1 where the listing's own text has
 * its words, and its term's weight where only a term matches, so a listing that says "dentist"
 * ranks above one that only is a dental clinic; equal scores keep Pagefind's order (the sum of the
 * ranks in each text search), then `order`.
 */
export function rankWordMatches<T>(groups: readonly GroupMatches<T>[], order: (id: T) => number): T[] {
  if (groups.length === 0) return [];
  const ranks = groups.map((g) => new Map(g.text.map((id, i) => [id, i] as const)));
  const sizes = groups.map((g, i) => ranks[i]!.size + g.terms.size);
  const smallest = sizes.indexOf(Math.min(...sizes));
  const candidates = new Set<T>([...groups[smallest]!.text, ...groups[smallest]!.terms.keys()]);
  const scored: { id: T; score: number; rank: number }[] = [];
  for (const id of candidates) {
    let score = 0;
    let rank = 0;
    let all = true;
    for (let g = 0; g < groups.length && all; g++) {
      const textRank = ranks[g]!.get(id);
      if (textRank !== undefined) {
        score += 1;
        rank += textRank;
      } else {
        const weight = groups[g]!.terms.get(id);
        if (weight === undefined) all = false;
        else score += weight;
      }
    }
    if (all) scored.push({ id, score, rank });
  }
  return scored.sort((a, b) => b.score - a.score || a.rank - b.rank || order(a.id) - order(b.id)).map((s) => s.id);
}
