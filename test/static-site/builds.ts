// The two halves of a static site as a host gets them, built once per test run into
// node_modules/.cache and reused while no source changed: the browser module
// (scripts/build-browser.mjs) and `renderArticlePage` built with the library's own transforms, as
// `article-kit/server` ships. Rendering from the sources directly would not do: the test runner
// leaves the CSS in styled templates unminified, and styled-components' class names hash it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { buildBrowser } from '../../scripts/build-browser.mjs';
import { libraryTransforms } from '../../scripts/vite-plugins';
import type * as Server from '../../src/server';

const repoRoot = path.resolve(__dirname, '../..');
const cache = path.join(repoRoot, 'node_modules/.cache/article-kit-static-site');

/** The newest modification time of everything that goes into the builds. */
function newestInput(): number {
  const times: number[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) times.push(statSync(file).mtimeMs);
    }
  };
  walk(path.join(repoRoot, 'src'));
  for (const file of ['scripts/build-browser.mjs', 'scripts/vite-plugins.ts', 'package-lock.json']) {
    times.push(statSync(path.join(repoRoot, file)).mtimeMs);
  }
  return Math.max(...times);
}

const fresh = (file: string) => existsSync(file) && statSync(file).mtimeMs > newestInput();

/** The source of `article-kit.js`, built with scripts/build-browser.mjs. */
export async function browserModule(): Promise<string> {
  const file = path.join(cache, 'browser/article-kit.js');
  if (!fresh(file)) await buildBrowser({ outDir: path.relative(repoRoot, path.dirname(file)), types: false });
  return readFileSync(file, 'utf8');
}

/** `article-kit/server`, built as the package builds it (peers stay imports of node_modules). */
export async function shippedServer(): Promise<typeof Server> {
  const file = path.join(cache, 'server/index.mjs');
  if (!fresh(file)) {
    await build({
      configFile: false,
      root: repoRoot,
      logLevel: 'warn',
      plugins: [react(), libraryTransforms()],
      build: {
        ssr: path.join(repoRoot, 'src/server/index.ts'),
        outDir: path.dirname(file),
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'index.mjs', codeSplitting: false } },
      },
    });
  }
  return (await import(/* @vite-ignore */ `${pathToFileURL(file).href}?v=${statSync(file).mtimeMs}`)) as typeof Server;
}
