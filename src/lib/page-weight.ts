/**
 * Which files a first visit to a built page loads, and whose they are. Our own client JS is
 * exactly what Astro islands pull in (component and renderer modules and their static imports);
 * every other script and style comes from Starlight (and Expressive Code, which it bundles).
 */

/** A file a page loads on first visit. */
export interface LoadedFile {
  /** Path relative to the site root, e.g. `_astro/page.abc.js`. */
  path: string;
  /** What kind of file it is. */
  kind: 'css' | 'js';
  /** `ours` for island code (Preact, fuse.js, our islands and libs), `starlight` for the rest. */
  owner: 'ours' | 'starlight';
}

/**
 * The attribute that marks a modulepreload link added after the build (src/integrations/module-preload.ts)
 * for a module the page loads anyway: it is counted as the page would count it without the link.
 */
export const ADDED_PRELOAD_ATTR = 'data-rd-preload';

/** A script tag that loads a file. */
const SCRIPT_SRC = /<script\b[^>]*\ssrc="[^"]*"[^>]*>/g;

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Static import specifiers of an ES module (`import … from "./x.js"`, `import "./y.js"`, re-exports). */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Scripts of the workers an ES module starts (`new Worker(new URL("./w.js", import.meta.url))`, as bundlers write it). */
export function workerScripts(js: string): string[] {
  return [...js.matchAll(/new\s+Worker\(\s*new\s+URL\(\s*[`"']([^`"']+)[`"']/g)].map((m) => m[1] ?? '');
}

/** The page as a browser that runs scripts reads it: neither what sits in a <template> nor what sits in <noscript> loads. */
const runsWithScripts = (page: string) => page.replace(/<template\b[\s\S]*?<\/template>|<noscript\b[\s\S]*?<\/noscript>/g, '');

/** The folder of a site-relative path, with its trailing slash (`_astro/` of `_astro/a.js`; '' at the root). */
const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** Resolves a URL found in a page or module to a site-relative path, or undefined if it is not ours to load. */
function toSitePath(url: string, fromDir: string, base: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const resolved = new URL(url, `http://site.invalid/${fromDir}`).pathname;
  const root = `${base.replace(/\/+$/, '')}/`;
  return resolved.startsWith(root) ? resolved.slice(root.length) : resolved.replace(/^\//, '');
}

/**
 * Lists the CSS and JS files a first visit to `html` loads (styles, module scripts, modulepreloads,
 * island modules, everything they import statically and the workers islands start: counted as
 * loaded, since the search islands start theirs as they wake up; not a worker a page script starts
 * on use, nor what sits inert in a <template> or in <noscript>).
 * `read` returns a JS file's text by site path.
 */
export function firstVisitFiles(page: string, base: string, read: (path: string) => string | undefined): LoadedFile[] {
  const html = runsWithScripts(page);
  const files = new Map<string, LoadedFile>();
  const resolve = (url: string | undefined, fromDir: string) => (url === undefined ? undefined : toSitePath(url, fromDir, base));
  const add = (url: string | undefined, kind: 'css' | 'js', owner: LoadedFile['owner'], fromDir = '') => {
    const path = resolve(url, fromDir);
    if (path === undefined || files.has(path)) return;
    files.set(path, { path, kind, owner });
    if (kind === 'js') for (const spec of staticImports(read(path) ?? '')) add(spec, 'js', owner, dirOf(path));
  };
  // Islands start their workers as they wake up: a worker counts (as ours) when an island's code
  // reaches the module that starts it, whoever else imports that module. A page script (the
  // header's search) starts its own only when used.
  const reached = new Set<string>();
  const startWorkers = (url: string | undefined, fromDir = '') => {
    const path = resolve(url, fromDir);
    if (path === undefined || reached.has(path)) return;
    reached.add(path);
    const js = read(path) ?? '';
    for (const spec of staticImports(js)) startWorkers(spec, dirOf(path));
    for (const spec of workerScripts(js)) add(spec, 'js', 'ours', dirOf(path));
  };
  // Starlight's files first: a module both Starlight and an island import is Starlight's, loaded anyway.
  // Preloads added after the build (ADDED_PRELOAD_ATTR) are of modules loaded anyway: counted below, with whoever loads them.
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    if (rel === 'stylesheet' && attr(tag, 'media') !== 'print') add(attr(tag, 'href'), 'css', 'starlight');
    if (rel === 'modulepreload' && !new RegExp(`\\s${ADDED_PRELOAD_ATTR}[\\s=>/]`).test(tag)) add(attr(tag, 'href'), 'js', 'starlight');
  }
  for (const [tag] of html.matchAll(SCRIPT_SRC)) add(attr(tag, 'src'), 'js', 'starlight');
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    add(attr(tag, 'component-url'), 'js', 'ours');
    add(attr(tag, 'renderer-url'), 'js', 'ours');
    startWorkers(attr(tag, 'component-url'));
  }
  return [...files.values()];
}

/** Site paths of the module scripts a page loads or preloads by itself (`<script src>`, `<link rel="modulepreload">`). */
export function loadedScripts(page: string, base: string): string[] {
  const html = runsWithScripts(page);
  const urls = [
    ...[...html.matchAll(SCRIPT_SRC)].map(([tag]) => attr(tag, 'src')),
    ...[...html.matchAll(/<link\b[^>]*>/g)].filter(([tag]) => attr(tag, 'rel') === 'modulepreload').map(([tag]) => attr(tag, 'href')),
  ];
  return urls.flatMap((url) => toSitePath(url ?? '', '', base) ?? []);
}

/**
 * The modules a page's scripts and islands import before they can run, as site paths in the order
 * found: each module script and island component and renderer, and everything they import
 * statically. The browser learns of each level of imports only as the one above it arrives (and
 * Astro's island loader imports a component only when it runs): one round trip per level, unless
 * the page preloads them.
 */
export function pageModules(page: string, base: string, read: (path: string) => string | undefined): string[] {
  const html = runsWithScripts(page);
  const found = new Set<string>();
  const walk = (url: string | undefined, fromDir = '') => {
    const path = url === undefined ? undefined : toSitePath(url, fromDir, base);
    if (path === undefined || found.has(path)) return;
    found.add(path);
    for (const spec of staticImports(read(path) ?? '')) walk(spec, dirOf(path));
  };
  for (const [tag] of html.matchAll(SCRIPT_SRC)) if (attr(tag, 'type') === 'module') walk(attr(tag, 'src'));
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    walk(attr(tag, 'component-url'));
    walk(attr(tag, 'renderer-url'));
  }
  return [...found];
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** Whether a script tag's attributes make it inline code (not a file, not a JSON data block). */
const isInlineCode = (attrs: string) => !/\ssrc=/.test(attrs) && !/type="application\/(?:ld\+)?json"/.test(attrs);

/** The code of a page's inline scripts (classic and module; JSON data blocks are not code). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter(([, attrs = '']) => isInlineCode(attrs))
    .map((m) => m[2] ?? '')
    .filter((code) => code.trim() !== '');
}

/** The page with its inline scripts' code taken out (tags kept): what it would weigh without them. */
export function withoutInlineScripts(html: string): string {
  return html.replace(SCRIPT, (tag, attrs: string) => (isInlineCode(attrs) ? `<script${attrs}></script>` : tag));
}
