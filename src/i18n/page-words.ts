/**
 * The attribute value `<PageWords>` writes: a page's words for its scripts, as JSON. The same
 * words go on thousands of pages of a language, so each set is serialized once per build.
 */
const serialized = new WeakMap<object, string>();

export function pageWordsJson(words: unknown): string {
  if (typeof words !== 'object' || words === null) return JSON.stringify(words);
  let json = serialized.get(words);
  if (json === undefined) {
    json = JSON.stringify(words);
    serialized.set(words, json);
  }
  return json;
}

const composed = new WeakMap<object, Map<string, unknown>>();

/**
 * Words a component puts together from a dictionary (its own words plus labels, say), made once
 * per dictionary and name: the same object comes back on every page of a language, so
 * `pageWordsJson` serializes it once rather than on each of thousands of pages.
 */
export function composedWords<T>(dictionary: object, name: string, make: () => T): T {
  let byName = composed.get(dictionary);
  if (!byName) composed.set(dictionary, (byName = new Map()));
  if (!byName.has(name)) byName.set(name, make());
  return byName.get(name) as T;
}
