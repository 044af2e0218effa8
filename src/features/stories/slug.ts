// Kept free of zod so the browser can check a slug from the URL without pulling the schema in.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 120;

/** True for a well-formed slug; anything else (`..`, `__proto__`, markup, emoji) is never looked up. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}
