/**
 * The page's side of the map's clustering: it hands the places to the clustering worker
 * (cluster-worker.ts) and asks it, view by view, what to draw. Where no worker can start (an old
 * browser, a worker file that did not arrive while offline), the same code runs on the page,
 * loaded only then, so the map still draws.
 *
 * The finder starts one before the map's code has arrived (FinderMap.tsx), so the worker loads
 * and clusters the places while Leaflet downloads; the map's own load of the same places is then
 * answered by the one already made.
 */
import { sameInput, type ClusterInput } from '#lib/map/cluster-input.ts';
import type { ClusterItem, ClusterReply, ClusterRequest, ViewBox } from '#lib/map/clusters.ts';

type Request = ClusterRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

interface Pending {
  request: ClusterRequest;
  settle: (reply: ClusterReply) => void;
}

export class Clusterer {
  #worker: Worker | undefined;
  /** The clustering code on the page, once the worker has failed. */
  #local: Promise<typeof import('#lib/map/clusters.ts')> | undefined;
  #localIndex: import('#lib/map/clusters.ts').ClusterIndex | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, Pending>();
  /** The latest load, replayed on the page if the worker fails after answering it. */
  #lastLoad: (ClusterRequest & { type: 'load' }) | undefined;
  /** Settles when the latest load has been answered. */
  #loaded: Promise<void> | undefined;

  constructor() {
    try {
      this.#worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });
      this.#worker.addEventListener('message', (event: MessageEvent<ClusterReply>) => this.#settle(event.data));
      this.#worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.#onPage();
      });
    } catch {
      this.#worker = undefined;
    }
  }

  /**
   * Clusters these places; later views are answered from them. The same places as the latest
   * load are not sent again: the answer is that load's.
   */
  load(input: ClusterInput): Promise<void> {
    if (this.#loaded && this.#lastLoad && sameInput(this.#lastLoad.input, input)) return this.#loaded;
    const loaded = this.#ask({ type: 'load', input }).then(() => undefined);
    this.#loaded = loaded;
    // A load that failed is sent again the next time it is asked for.
    loaded.catch(() => {
      if (this.#loaded === loaded) this.#loaded = undefined;
    });
    return loaded;
  }

  /** The clusters and places to draw in `view` at `zoom`. */
  async view(view: ViewBox, zoom: number): Promise<ClusterItem[]> {
    const reply = await this.#ask({ type: 'view', view, zoom });
    return reply.type === 'view' ? reply.items : [];
  }

  /** Stops the worker; questions still open are never answered. */
  stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#pending.clear();
    this.#loaded = undefined;
  }

  #ask(question: Request): Promise<ClusterReply> {
    const request = { ...question, id: ++this.#nextId } as ClusterRequest;
    if (request.type === 'load') this.#lastLoad = request;
    return new Promise((resolve, reject) => {
      this.#pending.set(request.id, {
        request,
        settle: (reply) => (reply.type === 'failed' ? reject(new Error(reply.message)) : resolve(reply)),
      });
      this.#send(request);
    });
  }

  #send(request: ClusterRequest): void {
    if (this.#worker) this.#worker.postMessage(request);
    else void this.#answerOnPage(request);
  }

  async #answerOnPage(request: ClusterRequest): Promise<void> {
    // Every call awaits the same promise, so requests are still answered in the order they came.
    const { answer } = await (this.#local ??= import('#lib/map/clusters.ts'));
    const result = answer(this.#localIndex, request);
    this.#localIndex = result.index;
    this.#settle(result.reply);
  }

  #settle(reply: ClusterReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    pending.settle(reply);
  }

  /** The worker failed: answer on the page from now on, starting again from the latest load. */
  #onPage(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    const open = [...this.#pending.values()].map((item) => item.request).sort((a, b) => a.id - b.id);
    const load = this.#lastLoad;
    // The load the open questions rest on, if the worker had already answered it.
    if (load && !this.#pending.has(load.id)) void this.#answerOnPage(load);
    for (const request of open) void this.#answerOnPage(request);
  }
}
