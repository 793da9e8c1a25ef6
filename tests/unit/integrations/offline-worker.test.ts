/**
 * The service worker's own part, run as the browser runs it: the script the build writes, in a
 * sandbox whose `self` has in-memory caches and a fake network.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { workerScript } from '#integrations/offline/worker-extra.ts';
import { cacheKey, fallbackFor, offlinePlan } from '#lib/offline/plan.ts';

const ORIGIN = 'https://example.org';

class FakeCache {
  entries = new Map<string, Response>();
  async put(key: string | Request, response: Response) {
    this.entries.set(typeof key === 'string' ? key : key.url, response);
  }
  async match(key: string | Request) {
    return this.entries.get(new URL(typeof key === 'string' ? key : key.url, ORIGIN).href)?.clone();
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

class FakeCaches {
  named = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.named.has(name)) this.named.set(name, new FakeCache());
    return this.named.get(name)!;
  }
  async keys() {
    return [...this.named.keys()];
  }
  async delete(name: string) {
    return this.named.delete(name);
  }
  async match(key: string, options?: { ignoreSearch?: boolean }) {
    const url = new URL(key, ORIGIN);
    if (options?.ignoreSearch) url.search = '';
    for (const cache of this.named.values()) {
      const found = await cache.match(url.href);
      if (found) return found;
    }
    return undefined;
  }
}

type Listener = (event: {
  data?: unknown;
  ports: { postMessage(m: unknown): void }[];
  waitUntil(p: Promise<unknown>): void;
}) => void;

/** Runs the worker script against fresh fakes; `online` answers fetches, or none when offline. */
function startWorker(buildId: string, caches = new FakeCaches(), online?: (url: string) => string) {
  const listeners = new Map<string, Listener>();
  const self: Record<string, unknown> = {
    caches,
    registration: { scope: `${ORIGIN}/` },
    fetch: async (url: string) => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(online(url), { headers: { 'content-type': 'text/html' } });
    },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const plan = offlinePlan(['en', 'es'], '/', buildId);
  runInNewContext(workerScript(plan, cacheKey, fallbackFor), { self, URL, Response, Promise });
  /** Fires an event and waits for what it asked to wait for; resolves with its reply. */
  const fire = async (type: string, data?: unknown) => {
    let reply: unknown;
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ data, ports: [{ postMessage: (m) => (reply = m) }], waitUntil: (p) => waits.push(p) });
    await Promise.all(waits);
    return reply;
  };
  const api = self.assetMapOffline as Record<string, (arg: { request: Request }) => Promise<unknown>>;
  return { caches, plan, fire, api };
}

describe('the service worker’s own part', () => {
  it('keys what it stores without the query string', async () => {
    const { api } = startWorker('b1');
    expect(await api.cacheKeyWillBeUsed!({ request: new Request(`${ORIGIN}/search/?q=my+private+words`) })).toBe(
      `${ORIGIN}/search/`,
    );
  });

  it('answers a page never saved with the offline page of its language, and a saved one from any cache', async () => {
    const { api, caches } = startWorker('b1');
    const precache = await caches.open('asset-map-b1-precache-v2-https://example.org/');
    await precache.put(`${ORIGIN}/offline/index.html`, new Response('offline en'));
    await precache.put(`${ORIGIN}/es/offline/index.html`, new Response('offline es'));
    await (await caches.open('asset-map-kept-b1')).put(`${ORIGIN}/listings/kept/`, new Response('kept page'));
    const page = async (path: string) =>
      ((await api.pageDidError!({ request: new Request(`${ORIGIN}${path}`) })) as Response).text();
    expect(await page('/listings/kept/?from=list')).toBe('kept page');
    expect(await page('/listings/never/')).toBe('offline en');
    expect(await page('/es/listings/never/')).toBe('offline es');
  });

  it('keeps the pages it is asked to keep, this site’s only, under keys without query strings', async () => {
    const { fire, caches } = startWorker('b1', undefined, (url) => `page ${url}`);
    const reply = await fire('message', {
      type: 'keep',
      urls: [`${ORIGIN}/listings/a/`, `${ORIGIN}/list/?ids=a,b`, 'https://elsewhere.example/x', 42],
    });
    expect(reply).toEqual({ type: 'kept', saved: 2, of: 3 });
    expect([...(await caches.open('asset-map-kept-b1')).entries.keys()]).toEqual([
      `${ORIGIN}/listings/a/`,
      `${ORIGIN}/list/`,
    ]);
  });

  it('on a new build, deletes the old caches and brings the kept pages along, fresh', async () => {
    const caches = new FakeCaches();
    await (await caches.open('asset-map-pages-old')).put(`${ORIGIN}/listings/a/`, new Response('old a'));
    await (await caches.open('asset-map-kept-old')).put(`${ORIGIN}/listings/k/`, new Response('old k'));
    await (await caches.open('asset-map-old-precache-v2-https://example.org/')).put(`${ORIGIN}/`, new Response('x'));
    await caches.open('someone-elses-cache');
    const { fire } = startWorker('new', caches, (url) => `fresh ${new URL(url).pathname}`);
    await fire('activate');
    expect((await caches.keys()).sort()).toEqual(['asset-map-kept-new', 'someone-elses-cache']);
    expect(await (await (await caches.open('asset-map-kept-new')).match(`${ORIGIN}/listings/k/`))!.text()).toBe(
      'fresh /listings/k/',
    );
  });

  it('keeps the old copy of a kept page when the new build activates with no connection', async () => {
    const caches = new FakeCaches();
    await (await caches.open('asset-map-kept-old')).put(`${ORIGIN}/listings/k/`, new Response('old k'));
    const { fire } = startWorker('new', caches);
    await fire('activate');
    expect(await (await (await caches.open('asset-map-kept-new')).match(`${ORIGIN}/listings/k/`))!.text()).toBe(
      'old k',
    );
  });
});
