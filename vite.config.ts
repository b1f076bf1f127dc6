import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libraryTransforms, preserveUseClient } from './scripts/vite-plugins.ts';

// Peers, Node's own modules, the CLI's worker pool and the adapters' parsers stay imports of the
// host's installation.
const EXTERNAL =
  /^(react|react-dom|styled-components|tinypool|yaml|mdast-util-[\w-]+|micromark-extension-[\w-]+|hast-util-from-html)(\/|$)|^node:/;

// Entries: the package root, one per language (`article-kit/de`, …) and `article-kit/server`, as
// ES modules and CommonJS; the CLI and its worker as ES modules only. `vite build --mode cjs`
// builds the CommonJS files (scripts/build.mjs runs both).
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
const LIBRARY = {
  index: 'src/index.ts',
  ...Object.fromEntries(LANGUAGES.map((code) => [`entries/${code}`, `src/entries/${code}.ts`])),
  'server/index': 'src/server/index.ts',
};
// The adapters are ES modules only, as are the parsers they use; Node 20.19 and later `require`
// them too.
const ADAPTERS = {
  'markdown/index': 'src/markdown/index.ts',
  'html/index': 'src/html/index.ts',
};
const CLI = {
  'cli/bin': 'src/cli/bin.ts',
  'cli/worker': 'src/cli/worker.ts',
};

export default defineConfig(({ mode }) => ({
  plugins: [react(), preserveUseClient(), libraryTransforms()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: mode === 'cjs' ? LIBRARY : { ...LIBRARY, ...ADAPTERS, ...CLI },
      formats: mode === 'cjs' ? ['cjs'] : ['es'],
    },
    rolldownOptions: {
      external: (id) => EXTERNAL.test(id),
      output:
        mode === 'cjs'
          ? {
              // One CommonJS file per entry and the chunks they share: `require` consumers (Node
              // servers, older tools) do not tree-shake per module, and few files keep the
              // package small.
              format: 'cjs',
              dir: 'dist/cjs',
              entryFileNames: '[name].cjs',
              chunkFileNames: 'shared-[name].cjs',
              exports: 'named',
              minify: true,
            }
          : {
              format: 'es',
              dir: 'dist/esm',
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
              minify: true,
            },
    },
  },
}));
