/** True when a lazily loaded chunk (route code) failed to download: only a reload can fix it. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS/i.test(
    error.message,
  );
}
