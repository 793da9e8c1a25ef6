/**
 * The language switch carries the page's state: a link a coach opened with filters, a place or a
 * hand-picked list (`?support=emotional&ids=…`) switches language without losing it. The query
 * can change after load (the finder rewrites it as filters change), so each link is brought up
 * to date just before it is used: clicked, opened in a new tab, focused or pointed at.
 */
export function keepQueryOnSwitch(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
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
