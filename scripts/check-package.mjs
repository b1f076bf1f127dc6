// Checks the package as a host site receives it: packs the tarball, lints it with publint and
// "Are the Types Wrong?", then installs it into a scratch folder and renders from plain Node
// through both `import` and `require` (test/package/*.test.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = process.cwd();
const reports = path.join(root, 'reports');
mkdirSync(reports, { recursive: true });

if (!existsSync('dist/esm/index.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

for (const old of ['article-kit.tgz']) rmSync(path.join(reports, old), { force: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', reports], { encoding: 'utf8' }));
const tarball = path.join(reports, 'article-kit.tgz');
execFileSync('mv', [path.join(reports, packed[0].filename), tarball]);
console.log(
  `packed ${packed[0].filename}: ${packed[0].files.length} files, ${packed[0].size} B packed, ${packed[0].unpackedSize} B unpacked`,
);

let failed = false;

const bytes = readFileSync(tarball);
const pkgJson = JSON.parse(readFileSync('package.json', 'utf8'));
const lint = await publint({
  pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
  level: 'suggestion',
  strict: true,
});
if (lint.messages.length) {
  failed = true;
  console.error(`publint: ${lint.messages.length} finding(s)`);
  for (const m of lint.messages) console.error(`  [${m.type}] ${formatMessage(m, pkgJson) ?? m.code}`);
} else {
  console.log('publint: no findings');
}

// The browser bundle is an ES module for pages, not for `require`, and the Markdown and HTML
// adapters are ES modules like the parsers they use (Node 20.19 and later `require` them): their
// one finding (CommonJS resolves to an ES module) is what they are meant to be.
const attw = spawnSync(
  'npx',
  [
    'attw',
    tarball,
    '--profile',
    'strict',
    '--exclude-entrypoints',
    './browser',
    './markdown',
    './html',
    '--format',
    'table-flipped',
    '--no-emoji',
  ],
  {
    encoding: 'utf8',
  },
);
process.stdout.write(attw.stdout);
process.stderr.write(attw.stderr);
if (attw.status !== 0) {
  failed = true;
  console.error('attw: findings (see above)');
} else {
  console.log('attw: no findings');
}

const consumers = spawnSync('npx', ['vitest', 'run', '--project', 'package'], {
  stdio: 'inherit',
  env: { ...process.env, AK_TARBALL: tarball, AK_JSON_REPORT: process.env.AK_PACKAGE_JSON_REPORT ?? '' },
});
if (consumers.status !== 0) failed = true;

process.exit(failed ? 1 : 0);
