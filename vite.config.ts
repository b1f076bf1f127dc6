import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libraryTransforms, preserveUseClient } from './scripts/vite-plugins.ts';

const PEERS = /^(react|react-dom|styled-components)(\/|$)/;
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
      entry: 'src/index.ts',
    },
    rolldownOptions: {
      external: (id) => PEERS.test(id),
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
          // One CommonJS file: `require` consumers (Node servers, older tools) do not tree-shake
          // per module, and one file keeps the package small.
          format: 'cjs',
          dir: 'dist/cjs',
          entryFileNames: 'index.cjs',
          exports: 'named',
          minify: true,
        },
      ],
    },
  },
});
