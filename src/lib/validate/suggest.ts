/** "Did you mean …?" for typos in field names and vocabulary values. */

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
