import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The article data lives in e2e/fixtures, shared with the other host sites: let the bundler
// see that folder, and stop it from guessing the workspace root from other lockfiles.
const e2e = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root: e2e },
  outputFileTracingRoot: e2e,
};

export default nextConfig;
