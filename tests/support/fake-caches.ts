/*
 * An in-memory Cache Storage for unit tests (jsdom has none), with a quota: a put that would
 * go over it throws QuotaExceededError, as browsers do. Enough of the API for the app's code:
 * open, has, delete, keys, match (cacheName, ignoreVary) and a cache's match, put, delete, keys.
 */

const urlOf = (request: RequestInfo | URL) =>
  new URL(request instanceof Request ? request.url : String(request), window.location.href).href;

const sizeOf = async (response: Response) => (await response.clone().arrayBuffer()).byteLength;

class FakeCache {
  readonly entries = new Map<string, { response: Response; bytes: number }>();
  constructor(private readonly storage: FakeCacheStorage) {}

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    return this.entries.get(urlOf(request))?.response.clone();
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const bytes = await sizeOf(response);
    const replaced = this.entries.get(urlOf(request))?.bytes ?? 0;
    if (this.storage.used() - replaced + bytes > this.storage.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.entries.set(urlOf(request), { response: response.clone(), bytes });
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(urlOf(request));
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  constructor(public quota = Number.POSITIVE_INFINITY) {}

  used(): number {
    let total = 0;
    for (const cache of this.caches.values()) for (const entry of cache.entries.values()) total += entry.bytes;
    return total;
  }

  async open(name: string): Promise<FakeCache> {
    const cache = this.caches.get(name) ?? new FakeCache(this);
    this.caches.set(name, cache);
    return cache;
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }

  async match(request: RequestInfo | URL, options: { cacheName?: string } = {}): Promise<Response | undefined> {
    const names = options.cacheName ? [options.cacheName] : [...this.caches.keys()];
    for (const name of names) {
      const found = await this.caches.get(name)?.match(request);
      if (found) return found;
    }
    return undefined;
  }

  /** The paths kept in one cache, for assertions. */
  paths(name: string): string[] {
    return [...(this.caches.get(name)?.entries.keys() ?? [])].map((url) => new URL(url).pathname).sort();
  }

  /** Puts a file in a cache, as the service worker would. */
  async keep(name: string, path: string, body: string, type = 'text/html'): Promise<void> {
    await (await this.open(name)).put(path, new Response(body, { headers: { 'content-type': type } }));
  }
}
