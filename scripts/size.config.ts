// Plugins for `npm run size -- --src`: measures the sources with the same transforms as the
// library build, so a change can be sized without rebuilding dist/.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libraryTransforms } from './vite-plugins.ts';

export default defineConfig({ plugins: [react(), libraryTransforms()] });
