// Builds the package: minified ESM modules (one per source file, so 'use client' marks exactly
// the interactive ones) and one minified CommonJS file with Vite, then the bundled declarations:
// index.d.cts holds them, index.d.ts (for import) re-exports it, so they ship once.
import { rm, writeFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { build } from 'vite';
import { reflowDocComments } from './doc-comments.mjs';

const started = Date.now();
await rm('dist', { recursive: true, force: true });

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

const bundle = await rollup({
  input: 'src/index.ts',
  plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
  external: (id) => /^(react|react-dom|styled-components)(\/|$)/.test(id),
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
// Tabs instead of four spaces, one line per doc paragraph: the same file for editors, a few KB
// less to install.
await writeFile(
  'dist/index.d.cts',
  reflowDocComments(output[0].code).replace(/^(?: {4})+/gm, (indent) => '\t'.repeat(indent.length / 4)),
);
await writeFile('dist/index.d.ts', "export * from './index.cjs';\n");

// Marks the CommonJS folder as CommonJS even for tools that ignore the .cjs extension.
await writeFile('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
