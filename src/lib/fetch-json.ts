/** A server answered, but with an error status other than "not found". */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`Request for ${url} failed with status ${status}`);
  }
}

/**
 * Fetches one of the build's JSON data files. Resolves to null when the file does not exist —
 * a 404, or a host that answers unknown paths with an HTML page — so "not found" is data, not
 * an error. Network failures and server errors reject, so the reader can retry.
 */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T | null> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw new HttpError(response.status, url);
  if (!response.headers.get('content-type')?.includes('json')) return null;
  return (await response.json()) as T;
}
