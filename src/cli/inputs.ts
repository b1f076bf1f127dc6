// Inputs of `article-kit render`: files, directories and `-`, expanded to the list of pages and
// mapped to the files they are written to.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** One page to render. */
export interface InputFile {
  /** Path to read, as given or joined to the directory given; `-` for standard input. */
  path: string;
  /**
   * Its path below the directory it was found in, or its file name when named directly, with `/`
   * as separator. Decides its shard and its place in `--out-dir`.
   */
  key: string;
  /** Set when the input could not even be listed (an unreadable folder): it fails with this. */
  error?: string;
}

/** What the inputs expand to. */
export interface CollectedInputs {
  files: InputFile[];
  /** The inputs that were directories, as given. */
  directories: string[];
}

/** The file types an input can have; anything else found in a directory is not an input. */
export const INPUT_EXTENSION = /\.(?:json|md)$/i;

/** A message for a failed file-system call, without the path Node repeats in it. */
export function fsMessage(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    EMFILE: 'too many open files',
  };
  return (
    (code && known[code]) ??
    String(message)
      .replace(/^\w+: /, '')
      .replace(/, \w+ '.*'$/, '')
  );
}

const toKey = (relative: string) => relative.split(path.sep).join('/');

/** Every .json and .md file below `root`, sorted, skipping dot entries and node_modules. */
async function walk(root: string): Promise<InputFile[]> {
  const found: InputFile[] = [];
  const pending = [''];
  while (pending.length) {
    const relative = pending.pop()!;
    const folder = path.join(root, relative);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      found.push({ path: folder, key: toKey(relative), error: `cannot be listed: ${fsMessage(error)}` });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const inner = path.join(relative, entry.name);
      if (entry.isDirectory()) pending.push(inner);
      else if (INPUT_EXTENSION.test(entry.name)) {
        // A link is followed to a file; a link to a folder is not walked, so a loop cannot form. A
        // dangling link stays an input: it fails when it is read, and the run says so.
        const target = entry.isSymbolicLink() ? await stat(path.join(root, inner)).catch(() => null) : undefined;
        if (entry.isFile() || (entry.isSymbolicLink() && !target?.isDirectory())) {
          found.push({ path: path.join(root, inner), key: toKey(inner) });
        }
      }
    }
  }
  // Sorted by key (code units, not the locale), so every machine lists the same order.
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Expands the inputs as given: a directory becomes every .json and .md file below it, `-` stays
 * standard input, anything else is a file (one that does not exist fails when it is read, so the
 * other inputs are still rendered).
 */
export async function collectInputs(inputs: readonly string[]): Promise<CollectedInputs> {
  const files: InputFile[] = [];
  const directories: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-', key: '-' });
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      directories.push(input);
      files.push(...(await walk(input)));
    } else files.push({ path: input, key: path.basename(input) });
  }
  return { files, directories };
}

/** Where an input with this key is written in `--out-dir`: its extension becomes `.html`. */
export function outputPath(key: string, outDir: string): string {
  const page = key.replace(/\.[^./]*$/, '') + '.html';
  return path.join(outDir, ...page.split('/'));
}

/**
 * The first two inputs that would be written to the same file in `outDir` (`a.json` and `a.md`,
 * or two files of the same name from different folders), or undefined.
 */
export function findCollision(files: readonly InputFile[], outDir: string): [InputFile, InputFile] | undefined {
  const seen = new Map<string, InputFile>();
  for (const file of files) {
    if (file.error) continue;
    const target = outputPath(file.key, outDir);
    const earlier = seen.get(target);
    if (earlier) return [earlier, file];
    seen.set(target, file);
  }
  return undefined;
}

/** The path from the page's folder to `file`, with `/`, for a `src` attribute. */
export function relativeUrl(fromPage: string, file: string): string {
  return toKey(path.relative(path.dirname(fromPage), file));
}
