/**
 * Whether a new version of the app is installed and waiting. The service worker registration
 * (loaded after the page) sets it; the update prompt reads it. Holding the action rather than
 * the Workbox instance keeps workbox-window out of the prompt's chunk.
 */
export type ApplyUpdate = () => void;

let applyUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

export function setUpdateAvailable(apply: ApplyUpdate | null): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

export function subscribeUpdateAvailable(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getUpdateAvailable(): ApplyUpdate | null {
  return applyUpdate;
}
