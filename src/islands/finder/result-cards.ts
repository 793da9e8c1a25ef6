/**
 * The result cards: the server-rendered page of cards in #finder-results, which the finder shows,
 * orders and annotates in place, so the page works without JavaScript and nothing jumps when the
 * island takes over. Cards the page does not hold come from the card files (card-files.ts) and
 * join the same list. Plain DOM, touched as little as possible: a facet click changes only the
 * cards that were or become shown.
 */
import { formatMiles, type DistanceWords } from '#lib/map/geo.ts';
import { liveLine, type Times } from '#lib/time/open-now.ts';
import { pageTimeWords } from '#client/time-words.ts';
import { visitorTimeZone } from '#lib/time/schedule-text.ts';
import type { MarkerInfo } from '#islands/map/cluster-layer.ts';
import { CARDS_ADDED_EVENT } from '#client/add-to-list.ts';
import type { CardFiles } from './card-files.ts';

/** What the cards show after a change of results. */
export interface ShownCards {
  /** Positions in the facet index of the listings to show, in order; the other cards are hidden. */
  order: readonly number[];
  /** Each position's listing. */
  slugs: readonly string[];
  /** Miles from the chosen place by position (NaN: no place), or none when no place is given. */
  distances: Float64Array | undefined;
  /** Hours and schedules by position for the "open now" lines, or none until they are here. */
  times: readonly (Times | undefined)[] | undefined;
  /** The minute the lines are worked out for. */
  minute: number;
  /** Why the listing at a position matched the chosen filters ("Matches: Spanish · Friday"), or ''. */
  why: ((position: number) => string) | undefined;
}

export class ResultCards {
  readonly #listId: string;
  readonly #distanceWords: DistanceWords;
  #cards: Map<string, HTMLElement> | undefined;
  /** Slugs of the cards on show; undefined until the first pass has hidden the rest. */
  #shown: Set<string> | undefined;
  readonly #distanceLabels = new Map<string, HTMLElement>();
  readonly #liveLabels = new Map<string, HTMLElement>();
  readonly #liveMinute = new Map<string, number>();
  readonly #whyLabels = new Map<string, HTMLElement>();
  #focusNext: string | undefined;
  readonly #files: CardFiles | undefined;
  /** The latest cards asked for: files that arrive late show only if nothing newer was asked. */
  #latest: ShownCards | undefined;

  /**
   * The cards are looked up on first use, so this can be made before the page is there.
   * `distanceWords` write the distances added to cards in the page's language; `files` bring
   * the cards the page does not hold.
   */
  constructor(listId: string, distanceWords: DistanceWords, files?: CardFiles) {
    this.#listId = listId;
    this.#distanceWords = distanceWords;
    this.#files = files;
  }

  get #list(): HTMLElement | null {
    return document.getElementById(this.#listId);
  }

  /** Every card, by listing slug. */
  get #all(): Map<string, HTMLElement> {
    this.#cards ??= new Map(
      [...document.querySelectorAll<HTMLElement>(`#${this.#listId} [data-listing]`)].map((el) => [
        el.dataset.listing!,
        el,
      ]),
    );
    return this.#cards;
  }

  /**
   * Shows the given cards in order and hides the rest, once every one of them is here: cards the
   * page lacks are fetched first, and meanwhile the list keeps what it showed (marked
   * `data-cards-pending`). `done` is called once they are shown (not if newer ones were asked for). Only the cards shown before and the ones shown now are touched, so a
   * facet click costs the same at 100 or 100,000 listings.
   */
  update(shown: ShownCards, done?: () => void): void {
    this.#latest = shown;
    const missing = this.#missing(shown.order, shown.slugs);
    if (missing.length === 0 || !this.#files) {
      this.#list?.removeAttribute('data-cards-pending');
      this.#show(shown);
      done?.();
      return;
    }
    this.#list?.setAttribute('data-cards-pending', '');
    void this.#files.cards(missing).then((found) => {
      this.#add(found, shown.slugs);
      if (this.#latest !== shown) return;
      this.#list?.removeAttribute('data-cards-pending');
      this.#show(shown);
      done?.();
    });
  }

  /**
   * Makes sure the cards of these positions are here (for the map's labels and popups); resolves
   * at once when they are.
   */
  async need(positions: readonly number[], slugs: readonly string[]): Promise<void> {
    const missing = this.#missing(positions, slugs);
    if (missing.length === 0 || !this.#files) return;
    this.#add(await this.#files.cards(missing), slugs);
  }

  /** The positions whose cards are not here yet. */
  #missing(positions: readonly number[], slugs: readonly string[]): number[] {
    return positions.filter((position) => !this.#all.has(slugs[position]!));
  }

  /** Adds fetched cards to the list, hidden until shown; a card of another build is left out. */
  #add(found: Map<number, HTMLElement>, slugs: readonly string[]): void {
    const list = this.#list?.querySelector('.cards');
    if (!list) return;
    let added = false;
    for (const [position, card] of found) {
      const slug = card.dataset.listing;
      if (!slug || slug !== slugs[position] || this.#all.has(slug)) continue;
      card.hidden = true;
      list.append(card);
      this.#all.set(slug, card);
      added = true;
    }
    // "Add to my list" on the new cards shows whether each is on the list.
    if (added) document.dispatchEvent(new Event(CARDS_ADDED_EVENT));
  }

  #show({ order, slugs, distances, times, minute, why }: ShownCards): void {
    const rank = new Map(order.map((position, i) => [slugs[position]!, i]));
    const touched = this.#shown ? [...this.#shown, ...rank.keys()] : this.#all.keys();
    for (const slug of touched) {
      const el = this.#all.get(slug);
      if (!el) continue;
      const r = rank.get(slug);
      const hidden = r === undefined;
      if (el.hidden !== hidden) el.hidden = hidden;
      const cssOrder = hidden ? '' : String(r);
      if (el.style.order !== cssOrder) el.style.order = cssOrder;
    }
    this.#shown = new Set(rank.keys());
    this.#showDistances(rank, order, distances);
    this.#showLiveLines(rank, order, times, minute, slugs.length);
    this.#showWhy(rank, order, why);
    const focusSlug = this.#focusNext;
    this.#focusNext = undefined;
    if (focusSlug) this.#all.get(focusSlug)?.querySelector<HTMLElement>('a')?.focus();
  }

  /** Moves focus to the first shown card's link, or to the list when none is shown. */
  focusFirst(): void {
    let first: HTMLElement | undefined;
    for (const slug of this.#shown ?? this.#all.keys()) {
      const el = this.#all.get(slug);
      if (!el || el.hidden) continue;
      if (!first || Number(el.style.order) < Number(first.style.order)) first = el;
    }
    const link = first?.querySelector<HTMLElement>('a');
    if (link) {
      link.focus();
      return;
    }
    const list = this.#list;
    list?.setAttribute('tabindex', '-1');
    list?.focus();
  }

  /** Moves focus to this card's link the next time the cards are updated (once it is shown). */
  focusOnUpdate(slug: string | undefined): void {
    this.#focusNext = slug;
  }

  /** Distances on the shown cards, or none when no place is given. */
  #showDistances(rank: Map<string, number>, order: readonly number[], distances: Float64Array | undefined): void {
    for (const [slug, label] of this.#distanceLabels) {
      if (!distances || !rank.has(slug)) label.textContent = '';
    }
    if (!distances) return;
    for (const [slug, i] of rank) {
      const miles = distances[order[i]!]!;
      let label = this.#distanceLabels.get(slug);
      if (!label && !Number.isNaN(miles)) {
        label = document.createElement('span');
        label.className = 'distance';
        label.dataset.distance = '';
        this.#all.get(slug)?.querySelector('.meta')?.append(label);
        this.#distanceLabels.set(slug, label);
      }
      if (label) label.textContent = Number.isNaN(miles) ? '' : ` · ${formatMiles(miles, this.#distanceWords)}`;
    }
  }

  /** "Matches: …" on the shown cards, saying which chosen filters each one has. */
  #showWhy(rank: Map<string, number>, order: readonly number[], why: ShownCards['why']): void {
    for (const [slug, label] of this.#whyLabels) {
      if (!why || !rank.has(slug)) label.hidden = true;
    }
    if (!why) return;
    for (const [slug, i] of rank) {
      const text = why(order[i]!);
      let label = this.#whyLabels.get(slug);
      if (!label) {
        if (!text) continue;
        label = document.createElement('p');
        label.className = 'card-why';
        label.dataset.cardWhy = '';
        this.#all.get(slug)?.querySelector('.meta')?.after(label);
        this.#whyLabels.set(slug, label);
      }
      if (label.textContent !== text) label.textContent = text;
      label.hidden = !text;
    }
  }

  /** What is on now, on the shown cards: "Open now · closes at 5:00 PM", "Starts in 20 minutes". */
  #showLiveLines(
    rank: Map<string, number>,
    order: readonly number[],
    times: readonly (Times | undefined)[] | undefined,
    minute: number,
    slugCount: number,
  ): void {
    for (const [slug, label] of this.#liveLabels) {
      if (!times || !rank.has(slug)) label.hidden = true;
    }
    // None when they could not load (an empty list), or from another build than the index.
    if (!times || times.length !== slugCount) return;
    const words = pageTimeWords(document);
    if (!words) return;
    const now = Date.now();
    // Asked once per zone the cards are in (most often the site's alone).
    const visitorZones = new Map<string, string>();
    const visitorZoneFor = (zone: string) => {
      let visitor = visitorZones.get(zone);
      if (visitor === undefined) visitorZones.set(zone, (visitor = visitorTimeZone(zone, now)));
      return visitor;
    };
    for (const [slug, i] of rank) {
      const t = times[order[i]!];
      if (!t) continue;
      // A card's line changes by the minute, not with the facets: a click reuses it.
      if (this.#liveMinute.get(slug) === minute && this.#liveLabels.get(slug)?.hidden === false) continue;
      this.#liveMinute.set(slug, minute);
      let label = this.#liveLabels.get(slug);
      if (!label) {
        label = document.createElement('p');
        label.className = 'live-status card-live';
        label.dataset.cardLive = '';
        this.#all.get(slug)?.querySelector('.badges')?.before(label);
        this.#liveLabels.set(slug, label);
      }
      const { text, state } = liveLine(t, now, visitorZoneFor(t.zone), words);
      label.textContent = text;
      label.dataset.state = state;
      label.hidden = false;
    }
  }

  /**
   * Calls `point` with the slug of the card a person points at or focuses, and with undefined
   * when they leave the list, until the returned function is called.
   */
  onPoint(point: (slug: string | undefined) => void): () => void {
    const list = this.#list;
    if (!list) return () => {};
    const enter = (event: Event) =>
      point((event.target as HTMLElement).closest<HTMLElement>('[data-listing]')?.dataset.listing);
    const leave = () => point(undefined);
    list.addEventListener('pointerover', enter);
    list.addEventListener('focusin', enter);
    list.addEventListener('pointerleave', leave);
    list.addEventListener('focusout', leave);
    return () => {
      list.removeEventListener('pointerover', enter);
      list.removeEventListener('focusin', enter);
      list.removeEventListener('pointerleave', leave);
      list.removeEventListener('focusout', leave);
    };
  }

  /**
   * Marks a card as the one chosen on the map, scrolled into view when the map is beside the
   * list, until the returned function is called.
   */
  select(slug: string, scroll: boolean): (() => void) | undefined {
    const card = this.#all.get(slug);
    if (!card) return undefined;
    card.classList.add('is-selected');
    if (scroll && !card.hidden) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return () => card.classList.remove('is-selected');
  }

  /** A listing's name, link and card details (its "Call" link too), for the map's labels and popups. */
  describe(slug: string): MarkerInfo | undefined {
    const card = this.#all.get(slug);
    const link = card?.querySelector<HTMLAnchorElement>('h2 a, h3 a');
    if (!card || !link) return undefined;
    const details = [
      card.querySelector('.meta'),
      card.querySelector('.card-policy'),
      card.querySelector('.badges'),
      card.querySelector('.card-call'),
    ]
      .filter((node): node is Element => node !== null)
      .map((node) => node.cloneNode(true));
    return { name: link.textContent ?? '', href: link.getAttribute('href') ?? '#', details };
  }
}
