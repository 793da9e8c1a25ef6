/**
 * Browser side of the search box: loads Pagefind lazily from this site, searches as the person
 * types, and renders result links. Nothing typed leaves the device: Pagefind searches its index
 * files locally.
 */
import { loadPagefind } from './pagefind.ts';

const MAX_RESULTS = 10;

function render(
  container: HTMLElement,
  query: string,
  items: { url: string; title: string; excerpt: string }[],
  total: number,
) {
  container.replaceChildren();
  const status = document.createElement('p');
  status.textContent =
    total === 0
      ? `No listings match “${query}”. Try another word, or browse by category.`
      : `${total} ${total === 1 ? 'listing matches' : 'listings match'} “${query}”${total > items.length ? `; showing the first ${items.length}` : ''}.`;
  container.append(status);
  if (items.length === 0) return;
  const list = document.createElement('ol');
  for (const item of items) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.title;
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around the matched words.
    excerpt.innerHTML = item.excerpt;
    li.append(link, excerpt);
    list.append(li);
  }
  container.append(list);
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
    try {
      const engine = await loadPagefind(base);
      const response = await engine.search(query);
      if (!response || ticket !== latest) return;
      const top = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      render(
        results,
        query,
        top.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })),
        response.results.length,
      );
    } catch (error) {
      console.error('search failed', error);
      results.textContent = 'Search is not available right now. You can still browse by category.';
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
