// CLI benchmark: a batch of seed-size articles (e2e/fixtures/article.de.json with varied titles)
// rendered by the built `article-kit render --out-dir`, with worker threads (the default) and in
// one process (--jobs 1). Prints pages/s, the CPU time of each run (all threads), and where the
// time of an in-process run goes (rendering, styles, file I/O, ...); writes reports/bench-cli.json.
// It reports; it does not assert. Run `npm run build` first: the command is measured as shipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const BIN = path.resolve(process.env.AK_CLI_BIN ?? 'dist/esm/cli/bin.js');
if (!existsSync(BIN)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const PAGES = Number(process.env.BENCH_PAGES ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET = 1000;

const work = mkdtempSync(path.join(os.tmpdir(), 'ak-bench-cli-'));
const seed = JSON.parse(readFileSync('e2e/fixtures/article.de.json', 'utf8'));
const TOPICS = ['Rechenzentren', 'Sprachmodelle', 'Chipfertigung', 'KI-Verordnung', 'Robotik', 'Open Source'];
for (let i = 0; i < PAGES; i++) {
  const folder = path.join(work, 'posts', String(Math.floor(i / 100)).padStart(3, '0'));
  if (i % 100 === 0) mkdirSync(folder, { recursive: true });
  const title = `${TOPICS[i % TOPICS.length]}: ${seed.title} (${i + 1})`;
  writeFileSync(path.join(folder, `beitrag-${i}.json`), JSON.stringify({ ...seed, title }));
}

// Runs the command inside a small wrapper process that reports the CPU time of all its threads
// when it exits, so worker threads are counted.
const wrapper = path.join(work, 'measure.mjs');
writeFileSync(
  wrapper,
  `import { writeSync } from 'node:fs';
const [bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...args];
process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  writeSync(3, JSON.stringify({ cpuMs: (userCPUTime + systemCPUTime) / 1000 }));
});
await import(${JSON.stringify(pathToFileURL(BIN).href)});
`,
);

// Each run writes into a folder of its own: deleting thousands of pages just before the next run
// would slow the file system's allocation of new files and measure that instead.
let runs = 0;
function run(args, { profileDir } = {}) {
  const out = path.join(work, `site-${++runs}`);
  const node = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [...node, wrapper, BIN, 'render', 'posts', '--out-dir', out, '--quiet', ...args],
    {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`article-kit exited with ${child.status}:\n${child.stderr}`);
  const written = readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  if (written !== PAGES) throw new Error(`${written} pages written, ${PAGES} expected`);
  const { cpuMs } = JSON.parse(child.output[3]);
  return { seconds: wallMs / 1000, pagesPerSecond: PAGES / (wallMs / 1000), cpuMsPerPage: cpuMs / PAGES };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 2) => Number(value.toFixed(digits));

function measure(args) {
  const results = Array.from({ length: ROUNDS }, () => run(args));
  return {
    args: args.join(' ') || '(default)',
    pagesPerSecond: Math.round(median(results.map((r) => r.pagesPerSecond))),
    seconds: round(median(results.map((r) => r.seconds))),
    bestPagesPerSecond: Math.round(Math.max(...results.map((r) => r.pagesPerSecond))),
    cpuMsPerPage: round(median(results.map((r) => r.cpuMsPerPage)), 3),
    runs: results.map((r) => Math.round(r.pagesPerSecond)),
  };
}

// Where the time of an in-process run goes: self time of each function in a CPU profile,
// grouped by what it is for.
function profile() {
  const dir = path.join(work, 'profile');
  run(['--jobs', '1'], { profileDir: dir });
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const groups = {};
  const FILE_IO =
    /^(open|close|read|write|rename|mkdir|stat|lstat|fstat|copyFile|readFileUtf8|writeFileUtf8|writeString|writeBuffer|readdir|realpath|existsSync|internalModuleStat)/;
  const groupOf = ({ url, functionName }) => {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)')
      return 'idle and engine';
    if (/node_modules\/react-dom\//.test(url)) return 'react-dom (renderToString)';
    if (/node_modules\/(styled-components|stylis|@emotion)\//.test(url)) return 'styled-components and stylis (CSS)';
    if (/node_modules\/react\//.test(url)) return 'react';
    if (/\/cli\/[^/]+\.js$/.test(url)) return 'CLI (arguments, JSON, reporting)';
    if (/\/(dist|esm)\//.test(url) || url.includes('article-kit'))
      return 'article-kit (components, validation, document)';
    if (url === '' && FILE_IO.test(functionName)) return 'file I/O';
    if (url.startsWith('node:internal/fs') || url.startsWith('node:fs')) return 'file I/O';
    if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/vm')) return 'module loading';
    if (url === '' && functionName === 'parse') return 'CLI (arguments, JSON, reporting)';
    return 'other (Node internals, built-ins)';
  };
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i] ?? 0) / 1000;
    const group = groupOf(byId.get(samples[i]).callFrame);
    groups[group] = (groups[group] ?? 0) + ms;
    total += ms;
  }
  return Object.fromEntries(
    Object.entries(groups)
      .sort((a, b) => b[1] - a[1])
      .map(([group, ms]) => [group, { msPerPage: round(ms / PAGES, 3), share: round(ms / total, 3) }]),
  );
}

// Start-up: what a single page costs before the first byte (node, imports, first render).
function startup() {
  const input = path.join(work, 'posts/000/beitrag-0.json');
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    spawnSync(process.execPath, [BIN, 'render', input, '--out', path.join(work, 'one.html')], { encoding: 'utf8' });
    return performance.now() - started;
  });
  return round(median(times) / 1000);
}

try {
  const cpus = os.availableParallelism();
  const workers = measure([]);
  const single = measure(['--jobs', '1']);
  const result = {
    pages: PAGES,
    pageBytes: readFileSync(path.join(work, 'site-1/000/beitrag-0.html')).length,
    cpus,
    node: process.version,
    loadAverage: os.loadavg().map((value) => round(value)),
    target: TARGET,
    workers,
    inProcess: single,
    onePageSeconds: startup(),
    // CPU the worker run spends beyond the in-process run, per page: the threads' start-up (each
    // loads and warms up the renderer), messaging, and two threads slowing each other down.
    workerOverheadCpuMsPerPage: round(workers.cpuMsPerPage - single.cpuMsPerPage, 3),
    inProcessProfile: profile(),
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench-cli.json', JSON.stringify(result, null, 2) + '\n');

  console.log(
    `article-kit render --out-dir: ${PAGES} seed-size pages (${result.pageBytes} B each), ${cpus} CPUs, ${ROUNDS} runs (median):`,
  );
  console.log(
    `  worker threads (default --jobs ${cpus}): ${workers.pagesPerSecond} pages/s (best ${workers.bestPagesPerSecond}), ${workers.seconds} s, ${workers.cpuMsPerPage} ms CPU per page (target >= ${TARGET} pages/s)`,
  );
  console.log(
    `  one process (--jobs 1):                ${single.pagesPerSecond} pages/s (best ${single.bestPagesPerSecond}), ${single.seconds} s, ${single.cpuMsPerPage} ms CPU per page`,
  );
  console.log(`  one page, start to exit: ${result.onePageSeconds} s`);
  console.log(
    `  extra CPU of the worker run (their start-up, messaging, two threads sharing the CPUs): ${result.workerOverheadCpuMsPerPage} ms per page`,
  );
  console.log(`  load average while measuring: ${result.loadAverage.join(', ')}`);
  console.log('Where an in-process run spends its time (CPU profile, self time):');
  for (const [group, { msPerPage, share }] of Object.entries(result.inProcessProfile)) {
    console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${msPerPage.toFixed(3)} ms/page  ${group}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
