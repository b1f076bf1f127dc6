import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libraryTransforms, preserveUseClient } from './scripts/vite-plugins';

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
        },
        {
          format: 'cjs',
          dir: 'dist/cjs',
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].cjs',
          exports: 'named',
        },
      ],
    },
  },
});
