const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML or XML character data and attribute values: the one escape every text-to-markup
 * path of the build uses (page head, feed, sitemap). `&#39;` rather than `&apos;`, which HTML 4
 * readers do not know.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
