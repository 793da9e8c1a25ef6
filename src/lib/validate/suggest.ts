/** "Did you mean …?" for typos in field names, and for vocabulary values by spelling or meaning. */
import { FILE_WORDS, TERM_WORDS, type WordVocabulary } from '#taxonomy-words';

/** Levenshtein distance, small and exact; inputs are short field names and ids. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The likeliest intended value: one the input is a prefix of (or that is a prefix of the
 * input, like "childcare" → "childcare-family"), else the nearest by edit distance when it is
 * close enough to be a typo. Undefined when nothing is close.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase().replace(/[\s_]+/g, '-');
  if (needle.length >= 3) {
    const prefixed = candidates
      .filter((c) => c.startsWith(needle) || needle.startsWith(c))
      .sort((a, b) => Math.abs(a.length - needle.length) - Math.abs(b.length - needle.length));
    if (prefixed[0]) return prefixed[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Two edits turn any two-letter word into any other ("zz" → "aa"), so short words get one.
  const limit = needle.length <= 3 ? 1 : Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** "12 Step", "12_step" and "12-step" alike: lowercase, no accents, words joined by hyphens. */
function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Per vocabulary (found by its exact set of ids): each normalized word and the one id it means. */
const meanings = new Map<string, Map<string, string | null> | undefined>();

function meaningsFor(values: readonly string[]): Map<string, string | null> | undefined {
  const key = [...values].sort().join(' ');
  if (meanings.has(key)) return meanings.get(key);
  const vocabulary = (Object.keys(TERM_WORDS) as WordVocabulary[]).find((name) => {
    const ids = Object.keys(TERM_WORDS[name]);
    return ids.length === values.length && ids.every((id) => values.includes(id));
  });
  let words: Map<string, string | null> | undefined;
  if (vocabulary) {
    words = new Map();
    const add = (id: string, word: string) => {
      const normal = normalizeWord(word);
      // A word two terms share ("weekend": Saturday and Sunday) suggests neither.
      if (normal !== '') words!.set(normal, words!.has(normal) && words!.get(normal) !== id ? null : id);
    };
    for (const [id, { en, es }] of Object.entries(
      TERM_WORDS[vocabulary] as Record<string, { en: readonly string[]; es: readonly string[] }>,
    )) {
      for (const word of [...en, ...es]) add(id, word);
    }
    const extra = (FILE_WORDS as Partial<Record<WordVocabulary, Record<string, readonly string[]>>>)[vocabulary] ?? {};
    for (const [id, list] of Object.entries(extra)) for (const word of list) add(id, word);
  }
  meanings.set(key, words);
  return words;
}

/**
 * The value a volunteer most likely meant by `input` among `values`: a word for a term
 * ("dentist" → dental, "AA" → twelve-step among pathways, "practical" → instrumental; the words
 * are defined beside the taxonomy in src/taxonomy-words.ts), else a near spelling.
 */
export function suggestValue(input: string, values: readonly string[]): string | undefined {
  const meant = meaningsFor(values)?.get(normalizeWord(input));
  if (meant && meant !== input) return meant;
  return closestMatch(input, values);
}
