/**
 * Version ranges on content (`engine: ">=29.5"`, `rootlesskit: ">=3.0"`): parsing, matching and
 * the buckets an entry page shows as version tabs. A range is one or two comparisons joined by a
 * space (`>=29.0 <29.5`); versions are dotted numbers (`29`, `29.5`, `29.5.1`).
 */

/** A version as numbers, e.g. [29, 5, 0]. */
export type Version = readonly number[];

/** A parsed range: inclusive lower bound and exclusive upper bound, either may be open. */
export interface VersionRange {
  /** Lowest version in the range (inclusive), or undefined for no lower bound. */
  min?: Version;
  /** First version past the range (exclusive), or undefined for no upper bound. */
  below?: Version;
}

const VERSION = /^v?(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?$/;
const COMPARISON = /^(>=|<)(.+)$/;

/** Parses `29`, `29.5`, `v29.5.1`; undefined when it is not a version. */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

/** Orders two versions: negative when a < b. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Parses a range, or returns the reason it is malformed (in English, for content authors). */
export function parseRange(text: string): VersionRange | string {
  const parts = text.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > 2 || parts[0] === '') return `"${text}" is not a range; write e.g. ">=29.5", "<29.5" or ">=29.0 <29.5"`;
  const range: { min?: Version; below?: Version } = {};
  for (const part of parts) {
    const m = COMPARISON.exec(part);
    const version = m ? parseVersion(m[2] ?? '') : undefined;
    if (!m || version === undefined) return `"${part}" in "${text}" is not a comparison; use >=X.Y or <X.Y`;
    const key = m[1] === '>=' ? 'min' : 'below';
    if (range[key] !== undefined) return `"${text}" gives two ${m[1]} bounds; give at most one of each`;
    range[key] = version;
  }
  if (range.min && range.below && compareVersions(range.min, range.below) >= 0) return `"${text}" is empty: the lower bound is not below the upper`;
  return range;
}

/** True when a version lies in the range. */
export function inRange(version: Version, range: VersionRange): boolean {
  return (range.min === undefined || compareVersions(version, range.min) >= 0)
    && (range.below === undefined || compareVersions(version, range.below) < 0);
}

/** True when two ranges share at least one version. */
export function rangesOverlap(a: VersionRange, b: VersionRange): boolean {
  const low = [a.min, b.min].filter((v): v is Version => v !== undefined).sort(compareVersions).at(-1);
  const high = [a.below, b.below].filter((v): v is Version => v !== undefined).sort(compareVersions)[0];
  return low === undefined || high === undefined || compareVersions(low, high) < 0;
}

/** `29.5` for [29, 5, 0]; the patch only when it is not 0. */
export function formatVersion(v: Version): string {
  return v[2] ? v.join('.') : `${v[0]}.${v[1] ?? 0}`;
}

/** One version tab: the versions from `min` up to (not including) `below`, labelled in Chinese. */
export interface VersionBucket {
  /** Stable id, e.g. `engine-29.5+` (used in URLs and the generator). */
  id: string;
  /** Tab label, e.g. `v29.5 及以后`; the same label on every page keeps synced tabs in step. */
  label: string;
  /** A version inside the bucket, used to decide which steps apply. */
  representative: Version;
}

/**
 * The version tabs for a set of ranges: every bound used splits the versions; newest first. An
 * empty list means no range was given (nothing differs by version).
 */
export function versionBuckets(ranges: readonly VersionRange[], name = 'v'): VersionBucket[] {
  const bounds = [...new Map(ranges.flatMap((r) => [r.min, r.below]).filter((v): v is Version => v !== undefined)
    .map((v) => [formatVersion(v), v])).values()].sort(compareVersions);
  if (bounds.length === 0) return [];
  const buckets: VersionBucket[] = [];
  bounds.forEach((low, i) => {
    const high = bounds[i + 1];
    // A tab of one minor release reads `v29.5`, not `v29.5–29.5`.
    const upTo = high === undefined ? undefined : formatUpTo(high);
    const label = upTo === undefined ? `${name}${formatVersion(low)} 及以后` : upTo === formatVersion(low) || upTo === low.join('.') ? `${name}${upTo}` : `${name}${formatVersion(low)}–${upTo}`;
    buckets.push({ id: `${formatVersion(low)}+`, label, representative: low });
  });
  const first = bounds[0]!;
  buckets.unshift({ id: `<${formatVersion(first)}`, label: `${name}${formatVersion(first)} 之前`, representative: lastBefore(first) });
  return buckets.reverse();
}

/** The last releases before `v`, for a label: 29.5 → `29.4`, 29.0 → `28.x`. */
function formatUpTo(v: Version): string {
  const [major = 0, minor = 0, patch = 0] = v;
  if (patch > 0) return `${major}.${minor}.${patch - 1}`;
  return minor > 0 ? `${major}.${minor - 1}` : `${major - 1}.x`;
}

/** The newest minor release before `v` (29.5 → 29.4, 29.0 → 28.99) as a representative, not an exact release. */
function lastBefore(v: Version): Version {
  const [major = 0, minor = 0] = v;
  return minor > 0 ? [major, minor - 1, 0] : [major - 1, 99, 0];
}
