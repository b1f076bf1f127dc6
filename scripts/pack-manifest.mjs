// The package.json a host installs holds what a package manager and a host's tools read, not
// how this repository is developed: `npm pack` and `npm publish` run `strip` before packing
// (prepack) and `restore` after (postpack). The full file waits in .package.dev.json meanwhile;
// `strip` first puts back one that an interrupted pack left behind.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const FILE = 'package.json';
const KEPT = '.package.dev.json';
const DEVELOPMENT_ONLY = ['scripts', 'devDependencies'];

const command = process.argv[2];
if (command === 'strip') {
  if (existsSync(KEPT)) renameSync(KEPT, FILE);
  const text = readFileSync(FILE, 'utf8');
  const manifest = JSON.parse(text);
  writeFileSync(KEPT, text);
  for (const key of DEVELOPMENT_ONLY) delete manifest[key];
  writeFileSync(FILE, JSON.stringify(manifest, null, 2) + '\n');
} else if (command === 'restore') {
  if (existsSync(KEPT)) renameSync(KEPT, FILE);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
