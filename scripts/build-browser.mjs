// Builds `article-kit/browser`: one self-contained, minified ES module with React, React DOM,
// styled-components and the article-kit sources inside, for pages without a React build. Runs
// from scripts/build.mjs, from the browser tests (into a cache folder), or alone:
// `node scripts/build-browser.mjs` writes dist/browser/ and prints the sizes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { build, runnerImport } from 'vite';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The module's file name in the output folder. */
export const BROWSER_FILE = 'article-kit.js';

/**
 * @param {{ outDir?: string; types?: boolean; logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options]
 *   `outDir`: where article-kit.js goes (default dist/browser); `types`: also write
 *   article-kit.d.ts (default true).
 * @returns {Promise<{ file: string; bytes: number; gzip: number }>} the module and its sizes
 *   (minified, and gzip at level 9)
 */
export async function buildBrowser({ outDir = 'dist/browser', types = true, logLevel = 'warn' } = {}) {
  const out = path.resolve(repoRoot, outDir);
  // The library build's own transforms: the same minified CSS in the styled templates, so the
  // class names match what `article-kit/server` rendered, and development warnings dropped.
  const { module: plugins } = await runnerImport(path.join(repoRoot, 'scripts/vite-plugins.ts'));
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: repoRoot,
    logLevel,
    mode: 'production',
    // React, React DOM and styled-components pick their production builds and drop their
    // development-only code by this constant.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Production JSX also when the caller's NODE_ENV says otherwise (the test runner sets "test").
    oxc: { jsx: { development: false } },
    plugins: [react(), plugins.libraryTransforms()],
    build: {
      outDir: out,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: path.join(repoRoot, 'src/browser/index.ts'), formats: ['es'], fileName: () => BROWSER_FILE },
      rolldownOptions: {
        // Everything inside: a page loads one file and nothing else.
        external: () => false,
        output: { codeSplitting: false, minify: true, comments: false },
      },
    },
  });
  if (types) await writeFile(path.join(out, BROWSER_FILE.replace(/\.js$/, '.d.ts')), await declarations());

  const code = await readFile(path.join(out, BROWSER_FILE));
  return { file: path.join(out, BROWSER_FILE), bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The module's declarations in one file: the element classes and `hydrateIslands`. */
async function declarations() {
  const bundle = await rollup({
    input: path.join(repoRoot, 'src/browser/index.ts'),
    plugins: [dts({ tsconfig: path.join(repoRoot, 'tsconfig.build.json') })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { file, bytes, gzip } = await buildBrowser();
  console.log(`${path.relative(process.cwd(), file)}: ${bytes} B minified, ${gzip} B gzip`);
}
