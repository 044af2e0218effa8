import type { IncomingHttpHeaders } from 'node:http';

/** A rule of a `_headers` file as @netlify/headers-parser returns it. */
export type HeaderRule = { for: string; forRegExp: RegExp; values: Record<string, string> };

/**
 * The headers a `_headers` file gives a path: those of every rule that matches it. A header named
 * by two matching rules is a conflict: hosts differ there (Cloudflare Pages and others join the
 * values with a comma, Netlify keeps one), so the file would not mean the same everywhere.
 */
export function declaredHeaders(
  rules: readonly HeaderRule[],
  path: string,
): { headers: Record<string, string>; conflicts: string[] } {
  const headers: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const rule of rules.filter((candidate) => candidate.forRegExp.test(path))) {
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      if (key in headers) conflicts.push(`${path}: ${name} is set by more than one rule (${rule.for} among them)`);
      headers[key] = value;
    }
  }
  return { headers, conflicts };
}

/** Where a response does not say what the `_headers` file says for its path, one line each. */
export function headerDifferences(
  path: string,
  declared: Record<string, string>,
  response: IncomingHttpHeaders,
): string[] {
  return Object.entries(declared).flatMap(([name, value]) => {
    const sent = response[name.toLowerCase()];
    const actual = Array.isArray(sent) ? sent.join(', ') : sent;
    return actual === value
      ? []
      : [`${path}: ${name} is ${JSON.stringify(actual)}, _headers says ${JSON.stringify(value)}`];
  });
}
