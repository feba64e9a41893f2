/**
 * Reading the CLI's input without surprises: blocking reads from stdin or a file (a slow producer
 * such as `ssh host journalctl … |` is waited for, never an EAGAIN), and never more than a bounded
 * head and tail in memory however long the input is (`/dev/zero` included).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes kept from the start and from the end of the input. */
export const KEEP_BYTES = 256 * 1024;
/** Bytes read at most; past this the input is treated as ended (an endless stream still returns). */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

/** What was read: the head and tail as text, how many bytes there were, and whether reading stopped early. */
export interface ReadInput { text: string; bytes: number; truncated: boolean }

/** Sleeps a few milliseconds without a busy loop (for a non-blocking descriptor with no data yet). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads a descriptor to its end (or MAX_READ_BYTES), keeping KEEP_BYTES of head and of tail. */
export function readBounded(fd: number): ReadInput {
  const chunk = Buffer.alloc(64 * 1024);
  const head: Buffer[] = [];
  let headBytes = 0;
  let tail = Buffer.alloc(0);
  let bytes = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause(20);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    bytes += n;
    const data = chunk.subarray(0, n);
    if (headBytes < KEEP_BYTES) {
      const take = data.subarray(0, KEEP_BYTES - headBytes);
      head.push(Buffer.from(take));
      headBytes += take.length;
      if (take.length < data.length) tail = Buffer.from(data.subarray(take.length));
    } else {
      tail = Buffer.concat([tail, data]);
      if (tail.length > KEEP_BYTES) tail = Buffer.from(tail.subarray(tail.length - KEEP_BYTES));
    }
    if (bytes >= MAX_READ_BYTES) return { text: join(head, tail, bytes), bytes, truncated: true };
  }
  return { text: join(head, tail, bytes), bytes, truncated: false };
}

/** Head and tail as text; a gap between them is marked by a newline so no line is glued to another. */
function join(head: Buffer[], tail: Buffer, bytes: number): string {
  const first = Buffer.concat(head).toString('utf8');
  if (tail.length === 0) return first;
  const gap = bytes > KEEP_BYTES * 2 ? '\n' : '';
  return `${first}${gap}${tail.toString('utf8')}`;
}

/** Reads a file path, or stdin for undefined / '-'. */
export function readInput(file: string | undefined): ReadInput {
  if (file === undefined || file === '-') return readBounded(0);
  const fd = openSync(file, 'r');
  try {
    return readBounded(fd);
  } finally {
    closeSync(fd);
  }
}
