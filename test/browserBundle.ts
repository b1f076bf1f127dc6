// Builds a small client script for the node-side Chromium tests: the given entry source is
// bundled with development React (the build that reports hydration mismatches) into one IIFE
// that a page can load from a local server or inline.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const repoRoot = path.resolve(__dirname, '..');

/**
 * @param name a cache folder and bundle name, unique per test file
 * @param source the entry module (imports by absolute path)
 */
export async function buildClientBundle(name: string, source: string): Promise<string> {
  const dir = path.join(repoRoot, 'node_modules', '.cache', `article-kit-${name}`);
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.tsx');
  writeFileSync(entry, source);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'client', fileName: name } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n');
}

/** An absolute import path for an entry source. */
export const modulePath = (relative: string) => JSON.stringify(path.join(repoRoot, relative));
