// Builds the package: ESM and CommonJS modules with Vite, then one bundled declaration file
// for each format (index.d.ts for import, index.d.cts for require).
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import { build } from 'vite';

const started = Date.now();
await rm('dist', { recursive: true, force: true });

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

const bundle = await rollup({
  input: 'src/index.ts',
  plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
  external: (id) => /^(react|react-dom|styled-components)(\/|$)/.test(id),
});
await bundle.write({ file: 'dist/index.d.ts', format: 'es' });
await bundle.close();
await copyFile('dist/index.d.ts', 'dist/index.d.cts');

// Marks the CommonJS folder as CommonJS even for tools that ignore the .cjs extension.
await writeFile('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
