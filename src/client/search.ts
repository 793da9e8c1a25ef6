/**
 * Browser side of the search box: loads Pagefind lazily from this site, searches as the person
 * types, and renders result links. Nothing typed leaves the device: Pagefind searches its index
 * files locally.
 */
import { searchListings } from './pagefind.ts';

const MAX_RESULTS = 10;

/** The words on the search box's results, in one place for the translations to come. */
const TEXT = {
  searching: (q: string) => `Searching for “${q}”…`,
  found: (total: number, q: string, shown: number) =>
    `${total} ${total === 1 ? 'listing matches' : 'listings match'} “${q}”${total > shown ? `; showing the first ${shown}` : ''}.`,
  none: (q: string) => `No listing uses the words “${q}”. Check the spelling, or try a simpler word.`,
  nearest: 'You may be looking for:',
  browse: 'Browse every kind of place',
  unavailable: 'Search is not available right now. You can still browse by category.',
};

function status(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** Nothing found: the categories nearest the words, and the way to browse them all. */
async function renderNone(container: HTMLElement, query: string, base: string, isLatest: () => boolean) {
  // Loaded only now: the everyday words are not needed until a search finds nothing.
  const { nearestCategories } = await import('#lib/finder/nearest-category.ts');
  if (!isLatest()) return;
  const nearest = nearestCategories(query);
  const help = document.createElement('ul');
  help.className = 'search-help';
  for (const category of nearest) {
    const li = document.createElement('li');
    li.append(link(`${base}categories/${category.id}/`, category.label));
    li.firstElementChild?.setAttribute('data-suggest-category', category.id);
    help.append(li);
  }
  const browse = document.createElement('li');
  browse.append(link(`${base}categories/`, TEXT.browse));
  help.append(browse);
  container.replaceChildren(status(TEXT.none(query)), ...(nearest.length > 0 ? [status(TEXT.nearest)] : []), help);
}

function render(
  container: HTMLElement,
  query: string,
  items: { url: string; title: string; excerpt: string }[],
  total: number,
) {
  const list = document.createElement('ol');
  for (const item of items) {
    const li = document.createElement('li');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around the matched words.
    excerpt.innerHTML = item.excerpt;
    li.append(link(item.url, item.title), excerpt);
    list.append(li);
  }
  container.replaceChildren(status(TEXT.found(total, query, items.length)), list);
}

/** Wires a `form.search-form` for live results; the form still submits normally without JS. */
export function setupSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = form.querySelector<HTMLElement>('#search-results');
  const base = form.dataset.pagefindBase ?? '/';
  if (!input || !results) return;
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      results.replaceChildren();
      return;
    }
    // The last results stay until the new ones are in; only their line says a search is running.
    const line = results.firstElementChild;
    if (line instanceof HTMLParagraphElement) line.textContent = TEXT.searching(query);
    else results.replaceChildren(status(TEXT.searching(query)));
    try {
      const found = await searchListings(base, query);
      if (ticket !== latest) return;
      if (found.length === 0) return await renderNone(results, query, base, () => ticket === latest);
      const top = await Promise.all(found.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      render(
        results,
        query,
        top.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })),
        found.length,
      );
    } catch (error) {
      console.error('search failed', error);
      results.replaceChildren(status(TEXT.unavailable));
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}
