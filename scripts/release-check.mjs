// Publish dry run: builds, packs, lists the tarball's files (only dist/, README, LICENSE,
// CHANGELOG and package.json may ship), checks the unpacked size budget, runs the package
// checks (publint, attw, install and render) and `npm publish --dry-run`.
import { execFileSync, spawnSync } from 'node:child_process';

// The library (every entry but the browser bundle) and the browser bundle, which carries React,
// React DOM and styled-components inside, have budgets of their own: the bundle is a download for
// pages without a React build, not something a React host installs into its own bundle. The
// library's budget was 150 KiB for the root entry alone; `article-kit/server`, the CLI and the
// seven language entries took it to about 243 KiB; the content blocks, the Markdown and HTML
// adapters (ES modules only) and their declarations to about 332 KiB. The documents that ship
// (README, CHANGELOG, LICENSE) have a budget of their own: a README that documents every export,
// a complete article and every message is worth its bytes, and must not eat the code's.
const BUDGET_UNPACKED = 340 * 1024;
const BUDGET_DOCS_UNPACKED = 48 * 1024;
const DOCS = /^(README\.md|LICENSE|CHANGELOG\.md)$/;
const BUDGET_BROWSER_UNPACKED = 280 * 1024;
const BROWSER = /^dist\/browser\//;
const ALLOWED = /^(dist\/.+|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`release check: \`${cmd} ${args.join(' ')}\` failed`);
    process.exit(1);
  }
}

run('npm', ['run', 'build']);

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
console.log(`\n${pack.name}@${pack.version}: ${pack.files.length} files`);
for (const f of pack.files) console.log(`  ${String(f.size).padStart(7)} B  ${f.path}`);
const sum = (files) => files.reduce((total, f) => total + f.size, 0);
const browserBytes = sum(pack.files.filter((f) => BROWSER.test(f.path)));
const docsBytes = sum(pack.files.filter((f) => DOCS.test(f.path)));
const libraryBytes = pack.unpackedSize - browserBytes - docsBytes;
console.log(`packed ${pack.size} B, unpacked ${pack.unpackedSize} B:`);
console.log(`  library ${libraryBytes} B (budget ${BUDGET_UNPACKED} B)`);
console.log(`  browser bundle ${browserBytes} B (budget ${BUDGET_BROWSER_UNPACKED} B)`);
console.log(`  documents ${docsBytes} B (budget ${BUDGET_DOCS_UNPACKED} B)`);

const problems = [];
const stray = pack.files.filter((f) => !ALLOWED.test(f.path)).map((f) => f.path);
if (stray.length) problems.push(`files that must not ship: ${stray.join(', ')}`);
for (const required of [
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/esm/index.js',
  'dist/cjs/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/esm/server/index.js',
  'dist/cjs/server/index.cjs',
  'dist/server.d.ts',
  'dist/server.d.cts',
  'dist/esm/cli/bin.js',
  'dist/esm/cli/worker.js',
  'dist/browser/article-kit.js',
  'dist/browser/article-kit.d.ts',
]) {
  if (!pack.files.some((f) => f.path === required)) problems.push(`missing from the tarball: ${required}`);
}
if (docsBytes > BUDGET_DOCS_UNPACKED)
  problems.push(`the documents' unpacked size ${docsBytes} B is over the ${BUDGET_DOCS_UNPACKED} B budget`);
if (libraryBytes > BUDGET_UNPACKED)
  problems.push(`the library's unpacked size ${libraryBytes} B is over the ${BUDGET_UNPACKED} B budget`);
if (browserBytes > BUDGET_BROWSER_UNPACKED)
  problems.push(`the browser bundle's unpacked size ${browserBytes} B is over the ${BUDGET_BROWSER_UNPACKED} B budget`);
if (problems.length) {
  for (const p of problems) console.error(`release check: ${p}`);
  process.exit(1);
}

run('npm', ['run', 'check:package']);
run('npm', ['publish', '--dry-run']);
console.log('release check: ok');
