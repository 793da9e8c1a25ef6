/**
 * Whether a CSS media query matches, kept current as the window changes. False on the server and
 * while the island takes over its HTML, which must match what the server rendered; the query is
 * read in an effect, after that first render.
 */
import { useEffect, useState } from 'react';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(false);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}
