// Installs the packed article-kit tarball into each consumer app under e2e/consumers and builds
// them, as host sites would. Idempotent: a consumer is reinstalled only when the tarball or its
// package.json / lockfile changed, and rebuilt only when that or its sources changed.
//
//   node e2e/run-consumers.mjs            install + build every consumer
//   AK_TARBALL=/abs/x.tgz node ...        use another tarball (default reports/article-kit.tgz)
//   node e2e/run-consumers.mjs --update-locks   rewrite the consumers' lockfiles after a change
//                                               to their package.json (then install + build)
//
// The tarball itself comes from `npm run build && npm run check:package`; when it is missing this
// script builds and packs it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const e2e = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.dirname(e2e);
export const consumersDir = path.join(e2e, 'consumers');
export const tarballPath = process.env.AK_TARBALL || path.join(repoRoot, 'reports', 'article-kit.tgz');
// Every consumer's package.json depends on `file:` this copy, so a tarball from anywhere installs
// without touching their package.json or lockfile.
const installedTarball = path.join(consumersDir, 'article-kit.tgz');
const fixture = path.join(e2e, 'fixtures', 'article.de.json');

/** Each consumer: its folder, what proves it was built, and how to build it. */
export const consumers = [
  { name: 'vite-app', dir: 'vite-app', output: 'dist/index.html', build: ['npm', ['run', 'build']] },
  { name: 'next-app', dir: 'next-app', output: '.next/BUILD_ID', build: ['npm', ['run', 'build']] },
  { name: 'node-ssr (React 19)', dir: 'node-ssr/react19', copy: ['render.mjs', 'render.cjs'] },
  { name: 'node-ssr (React 18.3)', dir: 'node-ssr/react18', copy: ['render.mjs', 'render.cjs'] },
];

const SKIP = new Set(['node_modules', '.next', 'dist', 'dist-server', 'submissions.txt', 'next-env.d.ts']);

function hashFiles(hash, dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name) || entry.name.endsWith('.tsbuildinfo')) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) hashFiles(hash, file);
    else if (entry.isFile()) hash.update(path.relative(consumersDir, file)).update(readFileSync(file));
  }
}

function run(command, args, cwd, log) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Standard output alone is the command's answer (npm's lifecycle lines go there too, but the
    // JSON of `npm pack --json` is parsed from it); both streams together explain a failure.
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        log(`  ${path.relative(repoRoot, cwd)}: ${command} ${args.join(' ')} (${seconds}s)`);
        resolve(stdout);
      } else {
        reject(new Error(`${command} ${args.join(' ')} in ${cwd} failed (exit ${code}) after ${seconds}s:\n${output}`));
      }
    });
  });
}

async function ensureTarball(log) {
  if (existsSync(tarballPath)) return;
  if (process.env.AK_TARBALL) throw new Error(`AK_TARBALL=${tarballPath} does not exist`);
  log('reports/article-kit.tgz is missing: building and packing the library');
  if (!existsSync(path.join(repoRoot, 'dist', 'esm', 'index.js'))) await run('npm', ['run', 'build'], repoRoot, log);
  const reports = path.dirname(tarballPath);
  mkdirSync(reports, { recursive: true });
  const out = await run('npm', ['pack', '--json', '--pack-destination', reports], repoRoot, log);
  renameSync(path.join(reports, JSON.parse(out)[0].filename), tarballPath);
}

function copyTarball() {
  const tarball = readFileSync(tarballPath);
  if (!existsSync(installedTarball) || !readFileSync(installedTarball).equals(tarball)) {
    writeFileSync(installedTarball, tarball);
  }
  return createHash('sha256').update(tarball).digest('hex');
}

/** Regenerates each consumer's package-lock.json from its package.json. */
export async function updateLocks({ log = console.log } = {}) {
  await ensureTarball(log);
  copyTarball();
  for (const consumer of consumers) {
    const cwd = path.join(consumersDir, consumer.dir);
    await run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund', '--loglevel=error'], cwd, log);
    // Without an integrity for the tarball, a rebuilt tarball installs with `npm ci` and no lock update.
    const lockFile = path.join(cwd, 'package-lock.json');
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    delete lock.packages['node_modules/article-kit'].integrity;
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
}

/**
 * Installs and builds every consumer that needs it. Returns per-consumer timings in seconds.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function prepareConsumers({ log = console.log } = {}) {
  await ensureTarball(log);
  const tarballHash = copyTarball();
  const timings = {};

  // Installs mostly wait on the disk and the registry: run them side by side.
  await Promise.all(
    consumers.map(async (consumer) => {
      const cwd = path.join(consumersDir, consumer.dir);
      // Inside node_modules, so a fresh install starts without one and no tool lints it.
      const stampFile = path.join(cwd, 'node_modules', '.ak-stamp.json');
      const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
      const install = createHash('sha256')
        .update(tarballHash)
        .update(readFileSync(path.join(cwd, 'package.json')))
        .update(readFileSync(path.join(cwd, 'package-lock.json')))
        .digest('hex');
      consumer.stamp = stamp;
      consumer.installKey = install;
      if (stamp.install === install && existsSync(path.join(cwd, 'node_modules', 'article-kit', 'package.json')))
        return;
      const started = Date.now();
      // The lockfile pins every registry package; article-kit comes from the tarball (file:).
      await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], cwd, log);
      timings[`${consumer.name} install`] = (Date.now() - started) / 1000;
      consumer.stamp = { install };
      writeFileSync(stampFile, JSON.stringify(consumer.stamp, null, 2));
    }),
  );

  // Builds use every core: one after another.
  for (const consumer of consumers) {
    const cwd = path.join(consumersDir, consumer.dir);
    for (const file of consumer.copy ?? []) copyFileSync(path.join(cwd, '..', file), path.join(cwd, file));
    if (!consumer.build) continue;
    const hash = createHash('sha256').update(consumer.installKey).update(readFileSync(fixture));
    hashFiles(hash, cwd);
    const build = hash.digest('hex');
    if (consumer.stamp.build === build && existsSync(path.join(cwd, consumer.output))) continue;
    const started = Date.now();
    await run(consumer.build[0], consumer.build[1], cwd, log);
    timings[`${consumer.name} build`] = (Date.now() - started) / 1000;
    consumer.stamp = { ...consumer.stamp, build };
    writeFileSync(path.join(cwd, 'node_modules', '.ak-stamp.json'), JSON.stringify(consumer.stamp, null, 2));
  }
  return timings;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    if (process.argv.includes('--update-locks')) await updateLocks();
    const timings = await prepareConsumers();
    const steps = Object.entries(timings).map(([step, seconds]) => `${step} ${seconds.toFixed(1)}s`);
    console.log(
      `consumers ready in ${((Date.now() - started) / 1000).toFixed(1)}s${steps.length ? `: ${steps.join(', ')}` : ' (nothing to do)'}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
