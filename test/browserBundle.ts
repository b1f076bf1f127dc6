// Builds a small client script for the node-side Chromium tests: the given entry source is
// bundled with development React (the build that reports hydration mismatches) into one IIFE
// that a page can load from a local server or inline. The bundle is kept in node_modules/.cache
// and reused while the entry and every module that went into it are unchanged: a run builds
// only what an edit touched.
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const repoRoot = path.resolve(__dirname, '..');

/** The files a bundle was built from; a change to the lock file stands for the dependencies. */
const inputsOf = (moduleIds: string[]) => [
  ...new Set([
    ...moduleIds.filter((id) => path.isAbsolute(id)).map((id) => id.replace(/\?.*$/, '')),
    path.join(repoRoot, 'package-lock.json'),
  ]),
];

/** Whether the cached bundle is newer than every file it was built from. */
function fresh(bundle: string, inputs: string): boolean {
  if (!existsSync(bundle) || !existsSync(inputs)) return false;
  const built = statSync(bundle).mtimeMs;
  return (JSON.parse(readFileSync(inputs, 'utf8')) as string[]).every(
    (file) => existsSync(file) && statSync(file).mtimeMs < built,
  );
}

/**
 * @param name a cache folder and bundle name, unique per test file
 * @param source the entry module (imports by absolute path)
 */
export async function buildClientBundle(name: string, source: string): Promise<string> {
  const dir = path.join(repoRoot, 'node_modules', '.cache', `article-kit-${name}`);
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.tsx');
  const bundle = path.join(dir, `${name}.js`);
  const inputs = path.join(dir, 'inputs.json');
  // The entry is rewritten only when it changed: it is one of the bundle's inputs.
  if (!existsSync(entry) || readFileSync(entry, 'utf8') !== source) writeFileSync(entry, source);
  if (fresh(bundle, inputs)) return readFileSync(bundle, 'utf8');
  const started = new Date();
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'client', fileName: name } },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => ('output' in r ? r.output : []))
    .filter((o) => o.type === 'chunk');
  const code = chunks.map((o) => o.code).join('\n');
  writeFileSync(inputs, JSON.stringify(inputsOf(chunks.flatMap((o) => o.moduleIds))));
  writeFileSync(bundle, code);
  // Dated when the build started: a file edited while it ran makes the bundle stale.
  utimesSync(bundle, started, started);
  return code;
}

/** An absolute import path for an entry source. */
export const modulePath = (relative: string) => JSON.stringify(path.join(repoRoot, relative));
