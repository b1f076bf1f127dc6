import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libraryTransforms, preserveUseClient } from './scripts/vite-plugins.ts';

// Peers, Node's own modules and the CLI's worker pool stay imports of the host's installation.
const EXTERNAL = /^(react|react-dom|styled-components|tinypool)(\/|$)|^node:/;

// Entries: the package root, `article-kit/server`, and the CLI with its worker (ES modules only).
const ENTRIES = {
  index: 'src/index.ts',
  'server/index': 'src/server/index.ts',
  'cli/bin': 'src/cli/bin.ts',
  'cli/worker': 'src/cli/worker.ts',
};
export default defineConfig({
  plugins: [react(), preserveUseClient(), libraryTransforms()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: Object.fromEntries(Object.entries(ENTRIES).filter(([, file]) => existsSync(file))),
    },
    rolldownOptions: {
      external: (id) => EXTERNAL.test(id),
      output: [
        {
          format: 'es',
          dir: 'dist/esm',
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
          minify: true,
        },
        {
          // One CommonJS file per entry (and one chunk they share): `require` consumers (Node
          // servers, older tools) do not tree-shake per module, and few files keep the package
          // small. The CLI is an ES module only; scripts/build.mjs removes its CommonJS copy.
          format: 'cjs',
          dir: 'dist/cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: '[name].cjs',
          exports: 'named',
          minify: true,
        },
      ],
    },
  },
});
