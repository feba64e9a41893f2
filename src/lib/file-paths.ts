/**
 * The files a canonical line names by path (`unix:///var/run/docker.sock`, `/run/xtables.lock`): two
 * messages that name the same file in different places are different problems. `Cannot connect to
 * the Docker daemon at unix:///var/run/docker.sock` is a client pointed at the rootful socket; the
 * same words with `unix:///run/user/<uid>/docker.sock` are the rootless daemon not running.
 */

/** A path to a file with an extension; a number erased inside it (`/run/user/ /`, `/tmp/docker- /`) is kept as part of it, a space after a whole folder name ends it (`/tmp /var/run/…` is two paths). */
const FILE_PATH = /(?:~|(?<![\w.])\/)(?:[\w.-]*\/|(?:[\w.-]*[-.])? \/)*[\w-]+\.[a-z]{2,5}\b/g;

/** What most lines name: no file (one shared map, never written to). */
const NO_FILES: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** The files a canonical line names: file name → the folders it is named in (`/var/run` read as `/run`). */
export function filePaths(canonical: string): ReadonlyMap<string, ReadonlySet<string>> {
  if (!canonical.includes('/') && !canonical.includes('~')) return NO_FILES; // every path has one; most lines have none
  const files = new Map<string, Set<string>>();
  for (const [path] of canonical.matchAll(FILE_PATH)) {
    const cut = path.lastIndexOf('/');
    const name = path.slice(cut + 1);
    const folder = path.slice(0, cut + 1).replace(/ \//g, '#/').replace(/^\/+/, '/').replace(/^\/var\/run\//, '/run/');
    const folders = files.get(name);
    if (folders) folders.add(folder);
    else files.set(name, new Set([folder]));
  }
  return files;
}

/** True when both name a file of the same name and never in the same folder: the same file somewhere else. */
export function pathsDisagree(a: ReadonlyMap<string, ReadonlySet<string>>, b: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  for (const [name, folders] of a) {
    const other = b.get(name);
    if (other !== undefined && ![...folders].some((f) => other.has(f))) return true;
  }
  return false;
}
