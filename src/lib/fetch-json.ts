/**
 * Fetching the site's own JSON files in the browser (the doctor's data, the wizard's and the
 * search's fix files): each URL once per page, its shape checked before use; a failure is
 * forgotten, so the next call tries again (a dropped connection does not break the page for good).
 * A page that would rather show something with its JSON waits for it, but not for long (waitAtMost).
 */

const loading = new Map<string, Promise<unknown>>();
const arrived = new Map<string, unknown>();

/** The JSON at `url` when `isValid` accepts it; rejects with `what` in the message otherwise. */
export function fetchJsonOnce<T>(url: string, isValid: (value: unknown) => value is T, what: string): Promise<T> {
  let pending = loading.get(url) as Promise<T> | undefined;
  if (pending === undefined) {
    pending = fetch(url).then(async (response) => {
      const data: unknown = response.ok ? await response.json() : undefined;
      if (!isValid(data)) throw new Error(`${what} missing or stale`);
      arrived.set(url, data);
      return data;
    });
    loading.set(url, pending);
    pending.catch(() => loading.delete(url));
  }
  return pending;
}

/** The JSON at `url` if fetchJsonOnce has already brought it (so a component can render it at once), else undefined. */
export function arrivedJson<T>(url: string, isValid: (value: unknown) => value is T): T | undefined {
  const data = arrived.get(url);
  return isValid(data) ? data : undefined;
}

/** Settles when `promise` settles or after `ms`, whichever comes first; never rejects. */
export function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return Promise.race([promise.then(() => undefined, () => undefined), new Promise<void>((done) => setTimeout(done, ms))]);
}
