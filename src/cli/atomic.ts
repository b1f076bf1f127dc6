// Atomic writes: a page is written to a temporary file in the target's folder and renamed over the
// target, so a reader (a web server, a later build step, the next run after a crash) sees either
// the old file or the complete new one, never a half-written page. rename() is atomic only
// within one file system, hence the temporary file beside the target rather than in /tmp.
// Without fsync this holds against a crashed or killed process, not against power loss; syncing
// every page would cost more than the rendering. The calls are synchronous: pages are small, and
// on a worker thread the promise API's thread-pool round trips cost more than the writes.
import { copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** `.<name>.<pid>.<counter>.tmp` beside the target: hidden, and never taken for a page. */
export function tempPath(target: string): string {
  counter += 1;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter}.tmp`);
}

function replace(target: string, fill: (temp: string) => void): void {
  const temp = tempPath(target);
  try {
    fill(temp);
    renameSync(temp, target);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The write failed already; that is the error to report.
    }
    throw error;
  }
}

/** Writes `data` to `target` atomically; the target's folder must exist. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  replace(target, (temp) => writeFileSync(temp, data));
}

/** Copies `source` to `target` atomically; the target's folder must exist. */
export function copyFileAtomic(source: string, target: string): void {
  replace(target, (temp) => copyFileSync(source, temp));
}
