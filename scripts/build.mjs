// Builds the package: minified ESM modules (one per source file, so 'use client' marks exactly
// the interactive ones) and minified CommonJS files for the root and `article-kit/server` with
// Vite, the browser bundle, then the bundled declarations: index.d.cts and server.d.cts hold
// them, index.d.ts and server.d.ts (for import) re-export them, so they ship once.
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { build } from 'vite';
import { buildBrowser } from './build-browser.mjs';
import { reflowDocComments } from './doc-comments.mjs';

const started = Date.now();
await rm('dist', { recursive: true, force: true });

await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'esm' });
await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'cjs' });
// The package's `bin`: an executable ES module.
const bin = 'dist/esm/cli/bin.js';
await writeFile(bin, `#!/usr/bin/env node\n${(await readFile(bin, 'utf8')).replace(/^#!.*\n/, '')}`);
await chmod(bin, 0o755);

const browser = await buildBrowser();
console.log(`dist/browser/article-kit.js: ${browser.bytes} B, ${browser.gzip} B gzip`);

const PEERS = /^(react|react-dom|styled-components)(\/|$)/;
const ROOT_ENTRY = path.resolve('src/index.ts');
/** Bundles the declarations of one entry; `root` marks the package root's as an import of it. */
async function declarations(input, file, { rootExternal = false, esmOnly = false } = {}) {
  const bundle = await rollup({
    input,
    plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
    external: (id) => PEERS.test(id) || (rootExternal && path.resolve(id) === ROOT_ENTRY),
  });
  const { output } = await bundle.generate({
    format: 'es',
    paths: (id) => (rootExternal && path.resolve(id) === ROOT_ENTRY ? './index.cjs' : id),
  });
  await bundle.close();
  // Tabs instead of four spaces, one line per doc paragraph: the same file for editors, a few KB
  // less to install.
  const code = reflowDocComments(output[0].code).replace(/^(?: {4})+/gm, (indent) => '\t'.repeat(indent.length / 4));
  // An entry that is an ES module only has ES declarations only.
  if (esmOnly) {
    await writeFile(`dist/${file}.d.ts`, code);
    return;
  }
  await writeFile(`dist/${file}.d.cts`, code);
  await writeFile(`dist/${file}.d.ts`, `export * from './${file}.cjs';\n`);
}
await declarations('src/index.ts', 'index');
// The language entries export the root's names with the same types: their declarations point there.
for (const code of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl']) {
  await writeFile(`dist/${code}.d.cts`, `export * from './index.cjs';\n`);
  await writeFile(`dist/${code}.d.ts`, `export * from './index.cjs';\n`);
}
await declarations('src/server/index.ts', 'server', { rootExternal: true });
await declarations('src/markdown/index.ts', 'markdown', { rootExternal: true, esmOnly: true });
await declarations('src/html/index.ts', 'html', { rootExternal: true, esmOnly: true });

// Marks the CommonJS folder as CommonJS even for tools that ignore the .cjs extension.
await writeFile('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
