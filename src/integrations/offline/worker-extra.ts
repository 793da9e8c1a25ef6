/**
 * The service worker's own part, beside Workbox's routes (./index.ts writes it as
 * sw-offline.js, which the generated sw.js imports first). It is serialized with
 * Function.prototype.toString, so it uses nothing from outside its arguments.
 *
 * - `sw.assetMapOffline` holds the Workbox plugins' bodies: the cache key without a query string,
 *   and what to answer when the network and the route's own cache both fail (the page from any
 *   of this build's caches, such as one kept for offline, or else the offline page).
 * - On activate, a new build's worker deletes the old builds' runtime caches; the pages someone
 *   kept for offline are fetched again into this build's cache first (the old copy if that fails).
 * - The message "keep" saves the given pages for offline and answers how many. (The quick exit
 *   needs no message: the page deletes the caches and unregisters the worker itself.)
 */
import type { OfflinePlan } from '#lib/offline/plan.ts';

interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface MessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly { postMessage(message: unknown): void }[];
}
export interface WorkerScope {
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  registration: { scope: string };
  caches: CacheStorage;
  fetch: typeof fetch;
  assetMapOffline?: unknown;
}
type CacheKey = (url: string) => string;
type FallbackFor = (plan: Pick<OfflinePlan, 'fallbacks'>, pathname: string) => string;

export function offlineWorker(sw: WorkerScope, plan: OfflinePlan, cacheKey: CacheKey, fallbackFor: FallbackFor): void {
  const own = (name: string) => name.startsWith(plan.prefix);
  // This build's caches, the precache included, carry its id.
  const current = (name: string) => name.includes(plan.buildId);

  /** The page or file from any cache of this build (kept pages included), or the precache. */
  const fromAnyCache = (url: string) => sw.caches.match(cacheKey(url), { ignoreSearch: true });

  sw.assetMapOffline = {
    cacheKeyWillBeUsed: async ({ request }: { request: Request }) => cacheKey(request.url),
    pageDidError: async ({ request }: { request: Request }) =>
      (await fromAnyCache(request.url)) ??
      sw.caches.match(fallbackFor(plan, new URL(request.url).pathname), { ignoreSearch: true }),
    fileDidError: async ({ request }: { request: Request }) => fromAnyCache(request.url),
  };

  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await sw.caches.keys()) {
          if (!own(name) || current(name)) continue;
          if (name.startsWith(`${plan.prefix}kept-`)) {
            const old = await sw.caches.open(name);
            const kept = await sw.caches.open(plan.caches.kept);
            for (const request of await old.keys()) {
              const fresh = await sw.fetch(request.url, { cache: 'no-store' }).catch(() => undefined);
              const response = fresh?.ok ? fresh : await old.match(request);
              if (response) await kept.put(request.url, response);
            }
          }
          await sw.caches.delete(name);
        }
      })(),
    );
  });

  sw.addEventListener('message', (event) => {
    const data = event.data as { type?: string; urls?: unknown } | null;
    const reply = (message: unknown) => event.ports[0]?.postMessage(message);
    if (data?.type === 'keep' && Array.isArray(data.urls)) {
      const urls = data.urls.filter((u): u is string => typeof u === 'string').slice(0, 500);
      event.waitUntil(
        (async () => {
          const kept = await sw.caches.open(plan.caches.kept);
          let saved = 0;
          for (const url of urls) {
            const key = cacheKey(url);
            // Only this site's own pages and files: inside the worker's scope.
            if (!key.startsWith(sw.registration.scope)) continue;
            const response = await sw.fetch(key).catch(() => undefined);
            if (response?.ok) {
              await kept.put(key, response);
              saved++;
            }
          }
          reply({ type: 'kept', saved, of: urls.length });
        })(),
      );
    }
  });
}

/** The script's text: the plan and the helpers as values, then the call. */
export function workerScript(plan: OfflinePlan, cacheKey: CacheKey, fallbackFor: FallbackFor): string {
  return [
    '// Written by the build (src/integrations/offline/worker-extra.ts).',
    `self.assetMapPlan = ${JSON.stringify(plan)};`,
    `(${offlineWorker.toString()})(self, self.assetMapPlan, ${cacheKey.toString()}, ${fallbackFor.toString()});`,
    '',
  ].join('\n');
}
