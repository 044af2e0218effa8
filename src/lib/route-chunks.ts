/**
 * The `<meta>` in which a prerendered page names the JS chunks of its route (space-separated
 * URLs). Not `<link rel="modulepreload">`: that would fetch them before the first paint; the
 * boot script preloads them right after it (src/app/boot.ts).
 */
export const ROUTE_CHUNKS_META = 'broadsheet-route-chunks';
