// Zod-free, with no imports: the build's content step and the browser (which links every section
// label to its page) name sections with this one function.

/** Longer names are refused by the build: a section's name is a word or two, not a headline. */
export const MAX_SECTION_NAME_LENGTH = 60;

/**
 * The name of a section in its address: its label in lowercase words joined by hyphens, accents
 * dropped ("News" → `news`, "Science & Tech" → `science-tech`, "Économie" → `economie`). A label
 * with no letter or digit a–z 0–9 gives '' (the build refuses it).
 */
export function sectionSlug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
