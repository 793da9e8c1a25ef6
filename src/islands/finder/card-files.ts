/**
 * The card files (/find/cards/<n>.json, src/lib/finder/card-shards.ts), fetched once each as the
 * results need them and turned into card elements. The HTML is the site's own, rendered by the
 * same build as the page (listing text in it is escaped there), so it is parsed as the page is.
 */
import { CARDS_PER_SHARD, shardsFor, type CardShard } from '#lib/finder/card-shards.ts';

export class CardFiles {
  readonly #url: string;
  readonly #files = new Map<number, Promise<HTMLElement[]>>();

  /** `url` is the folder of the page language's files, ending in '/' ('/es/find/cards/'). */
  constructor(url: string) {
    this.#url = url;
  }

  /** The cards of the files holding `positions`, by position; a file that fails is left out. */
  async cards(positions: readonly number[]): Promise<Map<number, HTMLElement>> {
    const found = new Map<number, HTMLElement>();
    const wanted = new Set(positions);
    await Promise.all(
      shardsFor(positions).map(async (shard) => {
        const elements = await this.#file(shard).catch(() => []);
        elements.forEach((element, i) => {
          const position = shard * CARDS_PER_SHARD + i;
          if (wanted.has(position)) found.set(position, element);
        });
      }),
    );
    return found;
  }

  #file(shard: number): Promise<HTMLElement[]> {
    let file = this.#files.get(shard);
    if (!file) {
      file = fetch(`${this.#url}${shard}.json`)
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status}`);
          return response.json() as Promise<CardShard>;
        })
        .then(({ cards }) => {
          const template = document.createElement('template');
          template.innerHTML = cards.join('');
          return [...template.content.children] as HTMLElement[];
        });
      // A failed file may be asked for again later (the connection may be back).
      file.catch(() => this.#files.delete(shard));
      this.#files.set(shard, file);
    }
    return file;
  }
}
