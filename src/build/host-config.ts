import { MEDIA_DIR } from '../features/stories/api/data-files.ts';
import { SECURITY_HEADERS } from './csp.ts';

/*
 * How a host serves the build: one table, from which the build writes the nginx config
 * (`dist/nginx.conf`) and the `_headers` file (Netlify, Cloudflare Pages), and by which
 * `vite preview` answers (preview-plugin.ts). So the hosts cannot say different things.
 */

/** For files named by a hash of their content: a new version is a new URL, so a browser keeps them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * For every other file (pages, `sw.js`, the manifest, feed, sitemap, the data files): the browser
 * asks each time, and a 304 (ETag / Last-Modified) says it is unchanged. So a deploy reaches
 * readers at once, and the browser sees a new service worker.
 */
export const REVALIDATE = 'no-cache';

/** The page sent, with status 404, for a path that names no file. */
export const NOT_FOUND_PAGE = '404.html';

/** What the build writes for the host itself: configuration, never served as a file of the site. */
export const HOST_FILES = { nginx: 'nginx.conf', headers: '_headers' } as const;

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_HEADER_RULES = 100;

/** The media type of each kind of file the build may contain; the build fails on any other kind. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  avif: 'image/avif',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  // Search (Pagefind): its index, metadata and fragments, and its WebAssembly, each compressed by
  // Pagefind itself and decompressed by its script; octet streams to everything else.
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pagefind: 'application/octet-stream',
};

/** Kinds of file that are text: sent as UTF-8, and precompressed by the build (`.br` and `.gz` beside each). */
export const TEXT_EXTENSIONS: readonly string[] = ['html', 'js', 'css', 'json', 'webmanifest', 'xml', 'txt', 'svg'];

/** The siblings the build writes beside a text file, with the encoding each one is sent with. */
export const COMPRESSED_SIBLINGS = [
  { suffix: '.br', encoding: 'br' },
  { suffix: '.gz', encoding: 'gzip' },
] as const;

/** Where the build puts what it fingerprints: Vite's `build.assetsDir`. */
export type Layout = { assetsDir: string };

export type CacheRule = { prefix: string; cacheControl: string; why: string };

/** Caching by path, first match wins. */
export function cacheRules(layout: Layout): CacheRule[] {
  return [
    { prefix: `/${layout.assetsDir}/`, cacheControl: IMMUTABLE, why: 'named by a hash of their content' },
    { prefix: `/${MEDIA_DIR}/`, cacheControl: IMMUTABLE, why: 'story pictures, named by a hash of their content' },
    { prefix: '/', cacheControl: REVALIDATE, why: 'same URL for every version' },
  ];
}

export function cacheControlFor(path: string, layout: Layout): string {
  return cacheRules(layout).find((rule) => path.startsWith(rule.prefix))?.cacheControl ?? REVALIDATE;
}

/** The Content-Type of a file by its name (text in UTF-8), as nginx sends it with the config below. */
export function contentTypeFor(name: string): string | undefined {
  const type = CONTENT_TYPES[extensionOf(name)];
  return type && TEXT_EXTENSIONS.includes(extensionOf(name)) ? `${type}; charset=utf-8` : type;
}

export const extensionOf = (name: string) => /\.([a-z0-9_]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

export const isCompressedSibling = (name: string) =>
  COMPRESSED_SIBLINGS.some(
    ({ suffix }) => name.endsWith(suffix) && TEXT_EXTENSIONS.includes(extensionOf(name.slice(0, -suffix.length))),
  );

/** Rolldown's `[name]-[hash].[ext]`: eight characters of base64url before the extension. */
export const isFingerprinted = (name: string) => /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(name);

/**
 * What is wrong with a build's files (relative paths, `/`-separated) for these rules: a kind of
 * file with no media type, or a file served as immutable whose name has no hash.
 */
export function buildProblems(files: readonly string[], layout: Layout): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (!CONTENT_TYPES[extensionOf(file)]) {
      problems.push(`${file}: no media type for ".${extensionOf(file)}" files (add it to CONTENT_TYPES)`);
    }
    if (cacheControlFor(`/${file}`, layout) === IMMUTABLE && !isFingerprinted(file)) {
      problems.push(`${file}: cached for a year, but its name carries no content hash`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// nginx

/** A line break, tab or other control character: no config line can carry one as it is. */
const hasControlCharacter = (value: string) =>
  [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/**
 * A value as an nginx double-quoted string. nginx reads `$` as the start of a variable and has no
 * escape for it, nor for a line break: such a value is refused rather than written wrongly.
 */
export function nginxString(value: string): string {
  if (value.includes('$') || hasControlCharacter(value)) {
    throw new Error(`Cannot write ${JSON.stringify(value)} into an nginx config (a "$" or a control character)`);
  }
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

/** `add_header` lines for every response a location sends, errors included (`always`). */
function headerLines(cacheControl: string): string[] {
  const headers = { ...SECURITY_HEADERS, 'Cache-Control': cacheControl };
  return Object.entries(headers).map(([name, value]) => `add_header ${httpToken(name)} ${nginxString(value)} always;`);
}

/**
 * Encoded dots, slashes and backslashes never name a file of this site; nginx would decode them
 * and resolve `..`, reaching another page (or, above the root, a 400). They get the 404 page.
 * Only the path is looked at: a query string may hold anything.
 */
const ENCODED_PATH_GUARD = 'if ($request_uri ~ "^[^?]*%(2[eEfF]|5[cC])") { return 404; }';

function location(match: string, lines: readonly string[]): string[] {
  return [`location ${match} {`, ...lines.map((line) => `    ${line}`), '}', ''];
}

/**
 * The server-level nginx configuration for the build: media types, precompressed files, caching
 * and security headers, clean URLs and the 404 page. It is included in a `server` block that says
 * where the site is (`root`) and how it is reached (`listen`, `server_name`, TLS).
 */
export function renderNginxConf(layout: Layout): string {
  const rules = cacheRules(layout);
  // The last rule is everything else (`/`); each one before it is a folder of its own.
  const pages = rules.at(-1);
  const folders = rules.slice(0, -1);
  if (pages?.prefix !== '/' || folders.length === 0) {
    throw new Error('The cache rules must name the fingerprinted folders, then everything else (/)');
  }
  // text/html always has its charset in nginx (naming it again draws a warning).
  const textTypes = [...new Set(TEXT_EXTENSIONS.map((ext) => CONTENT_TYPES[ext]))].filter(
    (type) => type !== 'text/html',
  );
  const types = Object.entries(CONTENT_TYPES).map(([ext, type]) => `    ${type} ${ext};`);
  return [
    '# Broadsheet: nginx configuration written by `npm run build` (src/build/host-config.ts).',
    '# Do not edit: change the table in host-config.ts and build again.',
    '#',
    '# Include it in the server block that serves this folder (README, "Deploy"):',
    '#   server {',
    '#       listen 443 ssl;',
    '#       server_name news.example;',
    '#       ssl_certificate /etc/ssl/news.example.pem;',
    '#       ssl_certificate_key /etc/ssl/news.example.key;',
    '#       root /var/www/broadsheet;',
    '#       include /var/www/broadsheet/nginx.conf;',
    '#   }',
    '# It needs the brotli static module (Debian: apt-get install libnginx-mod-http-brotli-static).',
    '',
    'server_tokens off;',
    '',
    'types {',
    ...types,
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${textTypes.join(' ')};`,
    '',
    `# Every text file has ${COMPRESSED_SIBLINGS.map((s) => s.suffix).join(' and ')} siblings written by the build: sent as they are.`,
    'gzip off;',
    'gzip_static on;',
    'brotli_static on;',
    'gzip_vary on;',
    'etag on;',
    '',
    `error_page 404 /${NOT_FOUND_PAGE};`,
    '# A path nginx cannot parse (a bad escape, `..` above the root) or too long to read names no page either.',
    `error_page 400 414 =404 /${NOT_FOUND_PAGE};`,
    '',
    `# The not-found page; a direct request gets it with status 200 (the service worker precaches it).`,
    ...location(`= /${NOT_FOUND_PAGE}`, headerLines(pages.cacheControl)),
    '# The front page.',
    ...location('= /', [ENCODED_PATH_GUARD, 'try_files /index.html =404;', ...headerLines(pages.cacheControl)]),
    ...folders.flatMap((folder) => [
      `# Files ${folder.why}.`,
      ...location(`^~ ${nginxString(folder.prefix)}`, [
        ENCODED_PATH_GUARD,
        'try_files $uri =404;',
        ...headerLines(folder.cacheControl),
      ]),
    ]),
    '# Everything else: a file, or a page by its clean URL (/story/<slug> is story/<slug>.html).',
    ...location('/', [ENCODED_PATH_GUARD, 'try_files $uri $uri.html =404;', ...headerLines(pages.cacheControl)]),
    '# The host configuration is not part of the site.',
    ...Object.values(HOST_FILES).flatMap((file) => location(`= ${nginxString(`/${file}`)}`, ['return 404;'])),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// _headers (Netlify, Cloudflare Pages)

/** An HTTP header name is a token; anything else cannot be written as one. */
function httpToken(name: string): string {
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new Error(`Not an HTTP header name: ${JSON.stringify(name)}`);
  return name;
}

/** A header value on its one line of `_headers`: a line break would start a rule of its own. */
function headersFileValue(value: string): string {
  if (hasControlCharacter(value) || value.trim() !== value || value === '') {
    throw new Error(`Cannot write ${JSON.stringify(value)} as a header value in _headers`);
  }
  return value;
}

/**
 * A file or folder name as a literal path segment of `_headers`: percent-encoded, so `*` is no
 * wildcard, a leading `:` no placeholder, and a space or line break no end of the rule.
 */
export function headersFileSegment(name: string): string {
  if (name === '' || name === '.' || name === '..') throw new Error(`Not a file name: ${JSON.stringify(name)}`);
  return encodeURIComponent(name).replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export type TopLevelEntry = { name: string; directory: boolean };

/**
 * The `_headers` file. Hosts apply every rule that matches a path and join the values of a header
 * named twice, so no header is named by two rules that can match the same path: the security
 * headers are in the one rule for every path, and caching in one rule per top-level file or
 * folder of the build (a page also by its clean URL), from the same cache rules as nginx.
 */
export function renderHeadersFile(entries: readonly TopLevelEntry[], layout: Layout): string {
  const rule = (path: string, headers: Record<string, string>) => [
    path,
    ...Object.entries(headers).map(([name, value]) => `  ${httpToken(name)}: ${headersFileValue(value)}`),
  ];
  if (layout.assetsDir.includes('/')) throw new Error(`build.assetsDir must be one folder, not ${layout.assetsDir}`);
  const hostFiles: readonly string[] = Object.values(HOST_FILES);
  const served = entries
    .filter((entry) => !hostFiles.includes(entry.name) && !isCompressedSibling(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const cacheRulesByPath = served.flatMap((entry) => {
    const segment = headersFileSegment(entry.name);
    if (entry.directory) return [[`/${segment}/*`, cacheControlFor(`/${entry.name}/`, layout)] as const];
    const cacheControl = cacheControlFor(`/${entry.name}`, layout);
    const paths = [`/${segment}`];
    if (entry.name === 'index.html') paths.unshift('/');
    else if (entry.name.endsWith('.html')) paths.push(`/${headersFileSegment(entry.name.slice(0, -'.html'.length))}`);
    return paths.map((path) => [path, cacheControl] as const);
  });
  const rules = [
    rule('/*', SECURITY_HEADERS),
    ...cacheRulesByPath.map(([path, cacheControl]) => rule(path, { 'Cache-Control': cacheControl })),
  ];
  if (rules.length > MAX_HEADER_RULES) {
    throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${MAX_HEADER_RULES}`);
  }
  return [
    '# Broadsheet: headers for Netlify and Cloudflare Pages, written by `npm run build` (src/build/host-config.ts).',
    '# Do not edit: change the table in host-config.ts and build again. Both hosts serve /story/<slug>',
    `# from story/<slug>.html and answer an unknown path with /${NOT_FOUND_PAGE} and status 404 by themselves.`,
    ...rules.flatMap((lines) => ['', ...lines]),
    '',
  ].join('\n');
}
