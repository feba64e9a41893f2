/**
 * The errno texts Go and libc print at the end of an error (`lchown /x: invalid argument`). Two
 * messages that fail the same call with different errnos are different problems: `failed to mount
 * overlay: invalid argument` is not `failed to mount overlay: operation not permitted`.
 */

/** Errno texts as they appear in a canonical (lower-case, quotes removed) line, one bit each. */
const ERRNO_TEXTS: readonly string[] = [
  'operation not permitted', // EPERM
  'no such file or directory', // ENOENT
  'permission denied', // EACCES
  'invalid argument', // EINVAL
  'operation not supported', // EOPNOTSUPP
  'not a directory', // ENOTDIR
  'is a directory', // EISDIR
  'file exists', // EEXIST
  'device or resource busy', // EBUSY
  'no space left on device', // ENOSPC
  'read-only file system', // EROFS
  'connection refused', // ECONNREFUSED
  'connection reset by peer', // ECONNRESET
  'address already in use', // EADDRINUSE
  'function not implemented', // ENOSYS
  'no such device', // ENODEV
  'no such process', // ESRCH
  'resource temporarily unavailable', // EAGAIN
  'too many levels of symbolic links', // ELOOP
  'broken pipe', // EPIPE
  'bad file descriptor', // EBADF
  'invalid cross-device link', // EXDEV
  'exec format error', // ENOEXEC
  'input/output error', // EIO
  'cannot allocate memory', // ENOMEM
  'network is unreachable', // ENETUNREACH
  'no route to host', // EHOSTUNREACH
  'protocol not supported', // EPROTONOSUPPORT
];

const ERRNO = new RegExp(ERRNO_TEXTS.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');

/** Bit of each errno text. */
const BIT = new Map(ERRNO_TEXTS.map((t, i) => [t, 1 << i]));

/** The errnos a canonical line names, as a bit set (0: none). Runs on every signature and log line: no iterator, no copies. */
export function errnosOf(canonical: string): number {
  let bits = 0;
  ERRNO.lastIndex = 0;
  for (let m = ERRNO.exec(canonical); m !== null; m = ERRNO.exec(canonical)) bits |= BIT.get(m[0]) ?? 0;
  return bits;
}

/** True when both texts name an errno and they share none: the same call failing another way. */
export function errnosDisagree(a: number, b: number): boolean {
  return a !== 0 && b !== 0 && (a & b) === 0;
}
