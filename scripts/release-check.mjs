// Publish dry run: builds, packs, lists the tarball's files (only dist/, README, LICENSE,
// CHANGELOG and package.json may ship), checks the unpacked size budget, runs the package
// checks (publint, attw, install and render) and `npm publish --dry-run`.
import { execFileSync, spawnSync } from 'node:child_process';

const BUDGET_UNPACKED = 150 * 1024;
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
console.log(`packed ${pack.size} B, unpacked ${pack.unpackedSize} B (budget ${BUDGET_UNPACKED} B)`);

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
]) {
  if (!pack.files.some((f) => f.path === required)) problems.push(`missing from the tarball: ${required}`);
}
if (pack.unpackedSize > BUDGET_UNPACKED)
  problems.push(`unpacked size ${pack.unpackedSize} B is over the ${BUDGET_UNPACKED} B budget`);
if (problems.length) {
  for (const p of problems) console.error(`release check: ${p}`);
  process.exit(1);
}

run('npm', ['run', 'check:package']);
run('npm', ['publish', '--dry-run']);
console.log('release check: ok');
