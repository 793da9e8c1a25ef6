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
