/**
 * "Add to my list" buttons and the header's "My list (N)" link, on every page. One click listener
 * on the document serves every button, including cards the finder shows later, so the cost does
 * not grow with the number of cards; only buttons of listings on the list are touched.
 */
import type { Dictionary } from '#i18n/dictionary.ts';
import { listQuery, toggleItem } from '#lib/my-list/list.ts';
import { onDeviceListChange, readDeviceList, writeDeviceList } from './device-list.ts';
import { pageWords } from './page-words.ts';

/** Sent on the document when the finder adds cards from its card files, whose buttons need their state. */
export const CARDS_ADDED_EVENT = 'asset-map:cards-added';

/** The buttons' words in the page's language (AddToList.astro and ListingList.astro hand them over). */
type AddToListWords = Dictionary['listing']['addToList'];

/**
 * The listing a button adds: its own `data-slug` (detail pages), or the card it sits in. Cards
 * leave the slug out of the button because it is already on the card: a unique slug barely
 * compresses, and the finder's card files carry every card.
 */
function slugOf(button: HTMLElement): string | undefined {
  return button.dataset.slug ?? button.closest<HTMLElement>('[data-listing]')?.dataset.listing;
}

function setPressed(button: HTMLElement, on: boolean, words: AddToListWords | undefined): void {
  button.setAttribute('aria-pressed', String(on));
  // A page without buttons hands over no words; one with them always does.
  if (words) button.textContent = on ? words.added : words.add;
}

export function startAddToList(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-my-list]');
  const listPath = link?.getAttribute('href') ?? '/list/';
  const words = pageWords<AddToListWords>(doc, 'addToList');

  const refresh = () => {
    const ids = readDeviceList();
    if (link) {
      link.querySelector('[data-my-list-count]')!.textContent = String(ids.length);
      // Hidden while empty: a bare "My list (0)" only adds noise, and tells an onlooker nothing either way.
      link.closest('li')!.hidden = ids.length === 0;
      // The link carries the list, so it still works where storage is blocked.
      link.href = ids.length ? `${listPath}${listQuery({ ids, note: '' })}` : listPath;
    }
    for (const button of doc.querySelectorAll<HTMLElement>('[data-add-to-list][aria-pressed="true"]')) {
      if (!ids.includes(slugOf(button) ?? '')) setPressed(button, false, words);
    }
    for (const id of ids) {
      const buttons = `[data-add-to-list][data-slug="${id}"], [data-listing="${id}"] [data-add-to-list]`;
      for (const button of doc.querySelectorAll<HTMLElement>(buttons)) {
        setPressed(button, true, words);
      }
    }
  };

  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-add-to-list]');
    const slug = button && slugOf(button);
    if (!button || !slug) return;
    const ids = readDeviceList();
    const next = toggleItem(ids, slug);
    if (next.length === ids.length) {
      if (words) button.textContent = words.full;
      return;
    }
    writeDeviceList(next);
  });
  onDeviceListChange(refresh);
  doc.addEventListener(CARDS_ADDED_EVENT, refresh);
  refresh();
}
