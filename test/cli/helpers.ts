// Runs the built `article-kit` command in scratch folders, as a host's build script would.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The command as built (`npm run test:cli` builds first); AK_CLI_BIN tests another build. */
export const BIN = path.resolve(process.env.AK_CLI_BIN ?? 'dist/esm/cli/bin.js');

/** The browser bundle the build puts beside the ES modules. */
export const BROWSER_BUNDLE = path.resolve(path.dirname(BIN), '../../browser/article-kit.js');

/** The seed article of the demo (a bare `Article`, German). */
export const ARTICLE = JSON.parse(readFileSync('e2e/fixtures/article.de.json', 'utf8')) as {
  title: string;
  blocks: unknown[];
  [key: string]: unknown;
};

/** The same article with its own title, so every page of a batch differs. */
export const article = (title: string) => ({ ...ARTICLE, title });

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run test:cli\`, which builds first.`);
});

/** Runs `article-kit …` to its end. */
export function cli(args: string[], { cwd, input, bin = BIN }: { cwd: string; input?: string; bin?: string }): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    // A CI log, not a terminal: one line per page.
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `article-kit …` and returns the child, for tests that interrupt it. */
export function startCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr })),
  );
  return { child, done };
}

/** A scratch folder, removed after the test file. */
export function scratch(): { dir: string; write: (file: string, content: unknown) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ak-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, content: unknown) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return full;
  };
  return { dir, write };
}

/** Every file below `dir`, relative, with `/`, sorted (hidden ones too). */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Waits until `check` is true, polling; fails after `ms`. */
export async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
