/*
 * Which stories exist, in about ten bits each: a Bloom filter of every slug, written by the build
 * (STORY_INDEX_FILE, precached) and read by the service worker. Offline, it tells a story that
 * exists but is not kept on this device ("Not available offline") from an address that is no
 * story at all ("Story not found") without shipping the list of every slug: about 1.3 kB per
 * 1,000 stories. It never calls an existing story missing; about once in a hundred it calls a
 * missing one "not available offline".
 * Shared by the build (run from the Vite config: relative imports only) and the worker.
 */

/** Where the build writes the index, under the site root. */
export const STORY_INDEX_FILE = 'data/story-index.json';

export type StoryIndex = { bits: number; hashes: number; filter: string };

// Ten bits and seven hashes per story: a false positive rate just under 1%.
const BITS_PER_STORY = 10;
const HASHES = 7;

/** 32-bit FNV-1a: slugs are ASCII, so code units are bytes. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The filter's bit positions for a slug (double hashing: h1 + i·h2). */
function positions(slug: string, bits: number, hashes: number): number[] {
  const h1 = fnv1a(slug, 0);
  const h2 = fnv1a(slug, 0x5bd1e995) | 1;
  return Array.from({ length: hashes }, (_, i) => ((h1 + Math.imul(i, h2)) >>> 0) % bits);
}

export function buildStoryIndex(slugs: readonly string[]): StoryIndex {
  const bits = Math.max(64, Math.ceil((slugs.length * BITS_PER_STORY) / 8) * 8);
  const bytes = new Uint8Array(bits / 8);
  for (const slug of slugs) {
    for (const bit of positions(slug, bits, HASHES)) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (1 << (bit & 7));
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { bits, hashes: HASHES, filter: btoa(binary) };
}

/** A membership test for the index: false means the build had no story with that slug. */
export function readStoryIndex(index: StoryIndex): (slug: string) => boolean {
  const binary = atob(index.filter);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  if (bytes.length * 8 !== index.bits) throw new Error('The story index is damaged');
  return (slug) => positions(slug, index.bits, index.hashes).every((bit) => ((bytes[bit >> 3] ?? 0) >> (bit & 7)) & 1);
}
