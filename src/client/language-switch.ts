/**
 * Links that carry the page's state: the language switch (a link a coach opened with filters, a
 * place or a hand-picked list switches language without losing it) and the finder's link to the
 * gaps page (the same choices, seen as where they are missing). The query can change after load
 * (the finder rewrites it as filters change), so each link is brought up to date just before it
 * is used: clicked, opened in a new tab, focused or pointed at.
 */
export function keepQueryOn(doc: Document, selector: string): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>(selector)) {
    const path = link.getAttribute('href') ?? '';
    const refresh = () => {
      const { search, hash } = doc.location;
      link.setAttribute('href', `${path.split(/[?#]/)[0]}${search}${hash}`);
    };
    for (const type of ['click', 'auxclick', 'contextmenu', 'focus', 'pointerenter', 'touchstart']) {
      link.addEventListener(type, refresh, { passive: true });
    }
  }
}

/** The language switch's links keep the query and the fragment. */
export function keepQueryOnSwitch(doc: Document): void {
  keepQueryOn(doc, 'a[data-language-link]');
}
