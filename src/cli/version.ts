import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * article-kit's version from its package.json, found by walking up from this module: the same
 * code finds it in the repository (src/cli, dist/esm/cli) and in an installed package.
 */
export async function readVersion(from: string | URL = import.meta.url): Promise<string> {
  let folder = path.dirname(fileURLToPath(from));
  for (;;) {
    const manifest = await readFile(path.join(folder, 'package.json'), 'utf8').then(
      (text) => JSON.parse(text) as { name?: string; version?: string },
      () => undefined,
    );
    if (manifest?.name === 'article-kit' && manifest.version) return manifest.version;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('the package.json of article-kit was not found');
    folder = parent;
  }
}
