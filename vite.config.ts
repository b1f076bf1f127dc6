import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const PEERS = /^(react|react-dom|styled-components)(\/|$)/;
const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/**
 * Bundlers may drop module directives. Interactive modules start with 'use client' in the
 * source; this puts the directive back at the top of each output file built from such a module,
 * so React Server Component frameworks treat exactly those files as client boundaries.
 */
function preserveUseClient(): Plugin {
  const clientModules = new Set<string>();
  return {
    name: 'article-kit:preserve-use-client',
    transform: {
      order: 'pre',
      handler(code, id) {
        if (!id.includes('/node_modules/') && USE_CLIENT.test(code)) clientModules.add(id);
        return null;
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const isClient = file.moduleIds.some((id) => clientModules.has(id.split('?')[0]!));
        // Some bundler versions keep the directive, others drop it: write exactly one.
        const body = file.code.replace(/^(\s*['"]use client['"];?\s*)+/, '');
        file.code = isClient ? `'use client';\n${body}` : body;
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), preserveUseClient()],
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
