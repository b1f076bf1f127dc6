// What `npm install article-kit` does in a host, without the network: unpack the packed tarball
// (AK_TARBALL, made by `npm run check:package`) into a scratch folder's node_modules, link its
// peers and dependencies from this repository's node_modules, and link its bin into
// node_modules/.bin as an executable (npm's bin-links).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The installed package's manifest, as a host's node_modules holds it. */
export interface InstalledManifest {
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
}

/** Installs the tarball into a new scratch folder; returns the folder and the manifest. */
export function installTarball(prefix: string): { host: string; manifest: InstalledManifest } {
  const tarball = process.env.AK_TARBALL;
  if (!tarball)
    throw new Error('AK_TARBALL is not set: run `npm run check:package`, which packs and tests the tarball.');
  const root = process.cwd();
  const host = mkdtempSync(path.join(tmpdir(), prefix));
  const modules = path.join(host, 'node_modules');
  const installed = path.join(modules, 'article-kit');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as InstalledManifest;
  for (const name of ['react', 'react-dom', 'styled-components', ...Object.keys(manifest.dependencies ?? {})]) {
    symlinkSync(path.join(root, 'node_modules', name), path.join(modules, name), 'dir');
  }
  mkdirSync(path.join(modules, '.bin'));
  for (const [name, file] of Object.entries(manifest.bin)) {
    chmodSync(path.join(installed, file), 0o755);
    symlinkSync(path.join('..', 'article-kit', file), path.join(modules, '.bin', name));
  }
  writeFileSync(path.join(host, 'package.json'), JSON.stringify({ name: 'host', private: true }));
  return { host, manifest };
}
