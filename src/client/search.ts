/**
 * Browser side of the search box: loads Pagefind lazily from this site, searches as the person
 * types, and renders result links. Nothing typed leaves the device: Pagefind searches its index
 * files locally.
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import { fill, plural } from '#i18n/text.ts';
import { pageWords } from './page-words.ts';
import { pageTimeWords } from './time-words.ts';
import { resultData, searchListings } from './pagefind.ts';
import { formatNumber } from '#i18n/numbers.ts';

const MAX_RESULTS = 10;

/** The words the page hands the search box (src/components/SearchBox.astro), in its language. */
export type SearchWords = Dictionary['finder']['search'] & {
  /** Category labels by id, for the categories nearest words that find nothing. */
  categories: Record<string, string>;
};

/** The line above the results: "3 listings match “food”; showing the first 10." */
export function foundLine(words: SearchWords, locale: string, total: number, q: string, shown: number): string {
  const more = total > shown ? fill(words.showingFirst, { shown: formatNumber(shown, locale) }) : '';
  return `${plural(locale, words.found, total, { q })}${more}.`;
}

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
async function renderNone(
  container: HTMLElement,
  query: string,
  home: string,
  words: SearchWords,
  isLatest: () => boolean,
) {
  // Loaded only now: the everyday words are not needed until a search finds nothing.
  const { nearestCategories } = await import('#lib/finder/nearest-category.ts');
  if (!isLatest()) return;
  const nearest = nearestCategories(query, words.categories);
  const help = document.createElement('ul');
  help.className = 'search-help';
  for (const category of nearest) {
    const li = document.createElement('li');
    li.append(link(`${home}categories/${category.id}/`, category.label));
    li.firstElementChild?.setAttribute('data-suggest-category', category.id);
    help.append(li);
  }
  const browse = document.createElement('li');
  browse.append(link(`${home}categories/`, words.browse));
  help.append(browse);
  container.replaceChildren(
    status(fill(words.none, { q: query })),
    ...(nearest.length > 0 ? [status(words.nearest)] : []),
    help,
  );
}

function render(
  container: HTMLElement,
  query: string,
  items: { url: string; title: string; excerpt: string; titleLang?: string; excerptLang?: string }[],
  total: number,
  foundText: string,
) {
  const list = document.createElement('ol');
  for (const item of items) {
    const li = document.createElement('li');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around the matched words.
    excerpt.innerHTML = item.excerpt;
    // Text shown untranslated carries its language (the record says which, search-record.ts).
    const title = link(item.url, item.title);
    if (item.titleLang) title.lang = item.titleLang;
    if (item.excerptLang) excerpt.lang = item.excerptLang;
    li.append(title, excerpt);
    list.append(li);
  }
  container.replaceChildren(status(foundText), list);
}

/** Wires a `form.search-form` for live results; the form still submits normally without JS. */
export function setupSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const results = form.querySelector<HTMLElement>('#search-results');
  const base = form.dataset.pagefindBase ?? '/';
  // Links to pages stay in the page's language ('/es/categories/…').
  const home = form.dataset.home ?? base;
  const words = pageWords<SearchWords>(document, 'search');
  // The page's locale travels with its time words, which every page carries.
  const locale = pageTimeWords(document)?.locale ?? document.documentElement.lang;
  if (!input || !results || !words) return;
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
    const searching = fill(words.searching, { q: query });
    if (line instanceof HTMLParagraphElement) line.textContent = searching;
    else results.replaceChildren(status(searching));
    try {
      const found = await searchListings(base, query);
      if (ticket !== latest) return;
      if (found.length === 0) return await renderNone(results, query, home, words, () => ticket === latest);
      const top = await Promise.all(found.slice(0, MAX_RESULTS).map(resultData));
      if (ticket !== latest) return;
      render(
        results,
        query,
        top.map((d) => ({
          url: d.url,
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
          titleLang: d.meta.titlelang,
          excerptLang: d.meta.excerptlang,
        })),
        found.length,
        foundLine(words, locale, found.length, query, top.length),
      );
    } catch (error) {
      console.error('search failed', error);
      results.replaceChildren(status(words.unavailable));
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
