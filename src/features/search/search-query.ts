/*
 * What the reader typed, turned into what the engine is asked. Two guards keep a search within a
 * few hundred kilobytes at 10,000 stories: words so common that their slice of the index is large
 * ("the" alone would fetch ~1 MB) are left out, and nothing is searched while fewer than three
 * letters are typed (a one- or two-letter prefix matches a large slice too). The field keeps
 * exactly what was typed; only the search is trimmed.
 */

/** Common English words that say nothing about a story, and whose index slices are the largest. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its of on or ' +
    'our she so than that the their them then there these they this to was we were which who will with you'
  ).split(' '),
);

/** Fewer letters than this and the reader is still typing: nothing is searched. */
export const MIN_QUERY_LETTERS = 3;
/** A search the reader asked for (Enter, a link) may be shorter: "EU", "UN". */
export const MIN_SUBMITTED_LETTERS = 2;
/** A pasted paragraph is searched by its first words: each word is one more slice to fetch. */
export const MAX_QUERY_WORDS = 8;
/** No word is longer than this (a 2,000-character string is not one word anyone remembers). */
const MAX_WORD_LENGTH = 40;

export type PreparedQuery =
  /** Nothing typed (or only spaces and invisible marks). */
  | { kind: 'empty' }
  /** Too little to search yet: fewer than three letters or digits (two, when submitted). */
  | { kind: 'short'; minLetters: number }
  /** Only words too common (or too short) to search for. */
  | { kind: 'common' }
  /** Letters, but none a search could match (punctuation, emoji). */
  | { kind: 'nothing-to-match' }
  | { kind: 'search'; term: string };

/**
 * Prepares a query: drops invisible formatting characters (a right-to-left mark pasted with a word
 * would stop it matching), splits on spaces, leaves out common words, keeps the first few words.
 * A quoted phrase is searched exactly as typed (its small words are part of it).
 */
export function prepareQuery(raw: string, { submitted = false }: { submitted?: boolean } = {}): PreparedQuery {
  const text = raw
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .trim();
  if (text === '') return { kind: 'empty' };
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters === 0) return { kind: 'nothing-to-match' };
  const minLetters = submitted ? MIN_SUBMITTED_LETTERS : MIN_QUERY_LETTERS;
  if (letters < minLetters) return { kind: 'short', minLetters };
  const phrase = /^"([^"]+)"$/.exec(text)?.[1];
  if (phrase !== undefined) {
    const words = phrase.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
    return { kind: 'search', term: `"${words.map((word) => word.slice(0, MAX_WORD_LENGTH)).join(' ')}"` };
  }
  const words = text
    .split(/\s+/)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return { kind: 'nothing-to-match' };
  const meaningful = words.filter((word) => {
    const bare = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    // A lone letter is a prefix of a large slice of the index, and rarely what the reader meant.
    return bare.length > 1 && !STOPWORDS.has(bare);
  });
  if (meaningful.length === 0) return { kind: 'common' };
  return { kind: 'search', term: meaningful.slice(0, MAX_QUERY_WORDS).join(' ') };
}

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * What a prepared term searches for, given the index's common words (see SearchManifest): those
 * are left out while other words remain (each would fetch a large slice of the index, and narrow
 * the results little). A quoted phrase is searched whole.
 */
export function leaveOutCommonWords(term: string, common: ReadonlySet<string>): { term: string; leftOut: string[] } {
  if (term.startsWith('"') || common.size === 0) return { term, leftOut: [] };
  const words = term.split(' ');
  const kept = words.filter((word) => !common.has(bare(word)));
  if (kept.length === 0 || kept.length === words.length) return { term, leftOut: [] };
  return { term: kept.join(' '), leftOut: words.filter((word) => common.has(bare(word))) };
}

/** True when every word of a term is common (see SearchManifest): searching it fetches large slices. */
export function isAllCommon(term: string, common: ReadonlySet<string>): boolean {
  return !term.startsWith('"') && term.split(' ').every((word) => common.has(bare(word)));
}

/**
 * The words worth fetching ahead while the reader types: as searched, less the last word if it is
 * still the beginning of a common one (it may become that word, whose large slice a search would
 * then not fetch). Null when nothing is left.
 */
export function termToPreload(term: string, common: ReadonlySet<string>): string | null {
  const words = leaveOutCommonWords(term, common).term.split(' ');
  const last = bare(words.at(-1) ?? '');
  if (!term.startsWith('"') && [...common].some((word) => word.startsWith(last))) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}
