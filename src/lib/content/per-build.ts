/**
 * Values worked out once per build and shared by every page that asks (the published listings,
 * the finder's data, a language's meeting rows, a term's listings): `cache(key, make)` makes the
 * value on the first call for `key` and returns it after; each key always holds one kind of
 * value. The dev server makes it afresh on each call, so an edited listing shows up.
 */
export function perBuild(): <T>(key: string, make: () => T) => T {
  const made = new Map<string, unknown>();
  return <T>(key: string, make: () => T): T => {
    if (import.meta.env.PROD && made.has(key)) return made.get(key) as T;
    const value = make();
    made.set(key, value);
    return value;
  };
}
