/**
 * The map's clustering (lib/map/clusters.ts) and the page's side of it (islands/map/clusterer.ts):
 * every place is counted once in any view, clusters carry the zoom that splits them, answers
 * follow questions in order, and the page answers by itself when the worker cannot start or fails.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, buildClusters, clustersInView, type ClusterItem, type ViewBox } from '#lib/map/clusters.ts';
import type { ClusterInput } from '#lib/map/cluster-input.ts';
import { Clusterer } from '#islands/map/clusterer.ts';

const WORLD: ViewBox = [-180, -85, 180, 85];

/** `count` listings scattered over a city-sized box; every third one has no place. */
function scattered(count: number, seed = 1): { input: ClusterInput; placed: number[] } {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lng = new Float64Array(count);
  const lat = new Float64Array(count);
  const placed: number[] = [];
  for (let i = 0; i < count; i++) {
    lng[i] = -84.7 + random() * 0.5;
    lat[i] = 42.6 + random() * 0.3;
    if (i % 3 !== 2) placed.push(i);
  }
  return { input: { positions: Uint32Array.from(placed), lng, lat, minZoom: 7 }, placed };
}

const counted = (items: ClusterItem[]) =>
  items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0);

describe('clustersInView', () => {
  it('counts every place exactly once at every zoom, and only the places given', () => {
    const { input, placed } = scattered(2_000);
    const index = buildClusters(input);
    for (let zoom = 7; zoom <= 18; zoom++) {
      const items = clustersInView(index, WORLD, zoom);
      expect(counted(items)).toBe(placed.length);
    }
    const single = clustersInView(index, WORLD, 18);
    expect(single.every((item) => item.kind === 'place')).toBe(true);
    expect(single.map((item) => (item.kind === 'place' ? item.position : -1)).sort((a, b) => a - b)).toEqual(placed);
  });

  it('gives each place its own point and each cluster a zoom that splits it', () => {
    const { input } = scattered(500);
    const index = buildClusters(input);
    const items = clustersInView(index, WORLD, 9);
    expect(items.some((item) => item.kind === 'cluster')).toBe(true);
    for (const item of items) {
      if (item.kind === 'place') {
        expect([item.lng, item.lat]).toEqual([input.lng[item.position], input.lat[item.position]]);
      } else {
        expect(item.expansionZoom).toBeGreaterThan(9);
        expect(item.count).toBeGreaterThan(1);
      }
    }
  });

  it('keeps to the view asked for', () => {
    const { input } = scattered(1_000);
    const index = buildClusters(input);
    const view: ViewBox = [-84.6, 42.65, -84.45, 42.75];
    fc.assert(
      fc.property(fc.integer({ min: 7, max: 18 }), (zoom) => {
        for (const item of clustersInView(index, view, zoom)) {
          // A cluster's centre may sit just outside the view it overlaps; a place never does.
          if (item.kind !== 'place') continue;
          expect(item.lng).toBeGreaterThanOrEqual(view[0]);
          expect(item.lng).toBeLessThanOrEqual(view[2]);
          expect(item.lat).toBeGreaterThanOrEqual(view[1]);
          expect(item.lat).toBeLessThanOrEqual(view[3]);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('draws nothing for no places', () => {
    const index = buildClusters({
      positions: new Uint32Array(),
      lng: new Float64Array(),
      lat: new Float64Array(),
      minZoom: 7,
    });
    expect(clustersInView(index, WORLD, 10)).toEqual([]);
  });
});

describe('answer (what the worker does with a message)', () => {
  it('refuses a view before any places were loaded, by the question’s id', () => {
    const { index, reply } = answer(undefined, { id: 4, type: 'view', view: WORLD, zoom: 10 });
    expect(index).toBeUndefined();
    expect(reply).toEqual({ id: 4, type: 'failed', message: 'no places loaded yet' });
  });

  it('answers a view from the places loaded last', () => {
    const first = scattered(300, 1);
    const second = scattered(90, 7);
    let index = answer(undefined, { id: 1, type: 'load', input: first.input }).index;
    const loaded = answer(index, { id: 2, type: 'load', input: second.input });
    expect(loaded.reply).toEqual({ id: 2, type: 'loaded' });
    index = loaded.index;
    const { reply } = answer(index, { id: 3, type: 'view', view: WORLD, zoom: 18 });
    expect(reply.type).toBe('view');
    expect(reply.type === 'view' && counted(reply.items)).toBe(second.placed.length);
  });
});

describe('Clusterer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers on the page where no worker can start', async () => {
    vi.stubGlobal('Worker', undefined);
    const { input, placed } = scattered(400);
    const clusterer = new Clusterer();
    const asked = clusterer.view(WORLD, 18);
    await expect(asked).rejects.toThrow('no places loaded yet');
    await clusterer.load(input);
    const items = await clusterer.view(WORLD, 12);
    expect(items).toEqual(clustersInView(buildClusters(input), WORLD, 12));
    expect(counted(await clusterer.view(WORLD, 18))).toBe(placed.length);
  });

  it('goes on from the latest load on the page when the worker fails, answering what was open', async () => {
    const workers: FakeWorker[] = [];
    class FakeWorker extends EventTarget {
      readonly posted: unknown[] = [];
      terminated = false;
      constructor() {
        super();
        workers.push(this);
      }
      postMessage(message: unknown) {
        this.posted.push(message);
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const { input, placed } = scattered(200);
    const clusterer = new Clusterer();
    const worker = workers[0]!;
    const loaded = clusterer.load(input);
    // The worker answers the load, then dies before answering a view.
    worker.dispatchEvent(new MessageEvent('message', { data: { id: 1, type: 'loaded' } }));
    await loaded;
    const view = clusterer.view(WORLD, 18);
    expect(worker.posted).toHaveLength(2);
    worker.dispatchEvent(new Event('error', { cancelable: true }));
    expect(worker.terminated).toBe(true);
    expect(counted(await view)).toBe(placed.length);
    // Later questions are answered on the page too.
    expect(counted(await clusterer.view(WORLD, 7))).toBe(placed.length);
    expect(worker.posted).toHaveLength(2);
  });

  it('sends the same places as the latest load once, and answers again from that load', async () => {
    const posted: { id: number; type: string }[] = [];
    const workers: FakeWorker[] = [];
    class FakeWorker extends EventTarget {
      constructor() {
        super();
        workers.push(this);
      }
      postMessage(message: { id: number; type: string }) {
        posted.push(message);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    const first = scattered(30, 1).input;
    const clusterer = new Clusterer();
    const early = clusterer.load(first);
    // The map's own load of the same places, made anew from the same points.
    const again = clusterer.load({ ...first, positions: Uint32Array.from(first.positions) });
    expect(again).toBe(early);
    expect(posted.map((m) => m.type)).toEqual(['load']);
    workers[0]!.dispatchEvent(new MessageEvent('message', { data: { id: 1, type: 'loaded' } }));
    await again;
    // Other places are sent; then the first ones are no longer the latest, so they are sent again.
    void clusterer.load(scattered(30, 2).input);
    void clusterer.load(first);
    expect(posted.map((m) => m.type)).toEqual(['load', 'load', 'load']);
  });

  it('sends a load that failed again when it is asked for again', async () => {
    const posted: { id: number }[] = [];
    const workers: FakeWorker[] = [];
    class FakeWorker extends EventTarget {
      constructor() {
        super();
        workers.push(this);
      }
      postMessage(message: { id: number }) {
        posted.push(message);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    const { input } = scattered(30);
    const clusterer = new Clusterer();
    const failed = clusterer.load(input);
    workers[0]!.dispatchEvent(
      new MessageEvent('message', { data: { id: 1, type: 'failed', message: 'out of memory' } }),
    );
    await expect(failed).rejects.toThrow('out of memory');
    void clusterer.load(input);
    expect(posted).toHaveLength(2);
  });

  it('drops the answers to questions asked before it was stopped', async () => {
    const workers: EventTarget[] = [];
    class FakeWorker extends EventTarget {
      constructor() {
        super();
        workers.push(this);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    const clusterer = new Clusterer();
    const settled = vi.fn();
    void clusterer.load(scattered(10).input).then(settled, settled);
    clusterer.stop();
    workers[0]!.dispatchEvent(new MessageEvent('message', { data: { id: 1, type: 'loaded' } }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).not.toHaveBeenCalled();
  });
});
