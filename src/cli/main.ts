// `article-kit render`: argument parsing and file I/O around renderArticlePage. Large batches run
// on worker threads (tinypool), smaller ones in this process, where starting the workers would
// cost more than they save.
import { access, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFileAtomic } from './atomic';
import { collectInputs, findCollision, fsMessage, outputPath, relativeUrl } from './inputs';
import { helpText, parseCommandLine, UsageError, type RenderSettings } from './options';
import type { ChunkTask, PageJob, PageOptions, PageResult } from './render';
import { Reporter } from './report';
import { shardOf } from './shard';
import { readVersion } from './version';

// Both are files of the build beside this module (dist/esm/cli/), not modules to bundle.
const WORKER = new URL(/* @vite-ignore */ './worker.js', import.meta.url);
const BROWSER_BUNDLE = new URL(/* @vite-ignore */ '../../browser/article-kit.js', import.meta.url);

/** The name of the browser bundle beside the pages. */
export const BUNDLE_NAME = 'article-kit.js';

/**
 * What starting the worker threads costs, in pages this process renders meanwhile: each thread
 * loads React, styled-components and the components and warms up before its first page. Measured
 * with the seed article on a 2-CPU machine: the workers' first pages arrive about 0.35 s after
 * this process's, and this process renders about 1,800 pages/s once warm.
 */
export const WORKER_START_PAGES = 700;

/**
 * Whether `threads` worker threads finish `pages` sooner than this process alone: when the time
 * they save, the share of the pages this process would not render, outweighs their start.
 */
export function workersPayOff(pages: number, threads: number): boolean {
  return threads > 1 && pages * (1 - 1 / threads) > WORKER_START_PAGES;
}

/**
 * Pages per task sent to a worker: large enough that messaging is a small share of the work,
 * small enough that the threads finish together (about four tasks per thread at the least).
 */
export function chunkSize(pages: number, threads: number): number {
  return Math.max(4, Math.min(64, Math.ceil(pages / (threads * 4))));
}

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

function usage(message: string): number {
  process.stderr.write(`article-kit: ${message}\nRun article-kit --help\n`);
  return 2;
}

function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    // A reader that went away (`| head`) is not an error of the page.
    process.stdout.once('error', () => resolve());
    process.stdout.write(text, () => resolve());
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Copies the browser bundle next to the pages and points each page at it. Returns false (after
 * saying why) when the bundle is missing or cannot be written.
 */
async function placeBundle(jobs: PageJob[], settings: RenderSettings, reporter: Reporter): Promise<boolean> {
  const bundle = fileURLToPath(BROWSER_BUNDLE);
  try {
    await access(bundle);
  } catch {
    reporter.line(
      `article-kit: --hydrate needs the browser bundle ${bundle}, which this build does not include; ` +
        'pass --script-src URL to load it from where you host it',
    );
    return false;
  }
  const folder = settings.outDir ?? (settings.out === undefined ? undefined : path.dirname(settings.out));
  if (folder === undefined) {
    reporter.note(`note: the page loads ${BUNDLE_NAME} from its own folder: copy ${bundle} there`);
    return true;
  }
  const target = path.join(folder, BUNDLE_NAME);
  try {
    await mkdir(folder, { recursive: true });
    copyFileAtomic(bundle, target);
  } catch (error) {
    reporter.line(`error ${target}: cannot be written: ${fsMessage(error)}`);
    return false;
  }
  for (const job of jobs) job.scriptSrc = relativeUrl(job.output!, target);
  reporter.note(`copied the browser bundle to ${target}`);
  return true;
}

interface Run {
  jobs: PageJob[];
  options: PageOptions;
  threads: number;
  stop: Int32Array;
  onResults: (results: PageResult[]) => void;
  /** Receives the function that drops the tasks not yet started. */
  onCancel: (cancel: () => void) => void;
}

async function renderInProcess({ jobs, options, stop, onResults }: Run): Promise<void> {
  const { renderChunk } = await import('./render');
  for (let i = 0; i < jobs.length && Atomics.load(stop, 0) === 0; i += 16) {
    onResults(await renderChunk(jobs.slice(i, i + 16), options, stop));
    // A turn of the event loop between batches, so SIGINT and SIGTERM are heard.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function renderOnWorkers({ jobs, options, threads, stop, onResults, onCancel }: Run): Promise<void> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  onCancel(() => pool.cancelPendingTasks());
  const size = chunkSize(jobs.length, threads);
  const tasks: Promise<void>[] = [];
  for (let i = 0; i < jobs.length; i += size) {
    const chunk = jobs.slice(i, i + size);
    const task: ChunkTask = { jobs: chunk, options, stop };
    tasks.push(
      pool.run(task).then(onResults, (error: Error) => {
        // Tasks dropped after a signal were never started: nothing to report for them.
        if (Atomics.load(stop, 0) === 1) return;
        onResults(
          chunk.map((job) => ({
            input: job.input,
            output: job.output,
            status: 'failed',
            problems: [`could not be rendered: ${error.message}`],
            warnings: [],
          })),
        );
      }),
    );
  }
  try {
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
}

async function render(settings: RenderSettings): Promise<number> {
  const { files: all, directories } = await collectInputs(settings.inputs);
  const { outDir, shard } = settings;
  if (directories.length && outDir === undefined) {
    throw new UsageError(`${directories[0]} is a directory: its pages need --out-dir DIR`);
  }
  if (outDir !== undefined) {
    const collision = findCollision(all, outDir);
    if (collision) {
      const [a, b] = collision;
      throw new UsageError(`${a.path} and ${b.path} would both be written to ${outputPath(a.key, outDir)}`);
    }
  }
  const files = shard ? all.filter((file) => shardOf(file.key, shard.count) === shard.index) : all;
  const jobs: PageJob[] = files.map((file) => ({
    input: file.path,
    output: outDir === undefined ? settings.out : outputPath(file.key, outDir),
    error: file.error,
  }));
  const toStdout = outDir === undefined && settings.out === undefined;
  const reporter = new Reporter(process.stderr, {
    tty: process.stderr.isTTY === true,
    quiet: settings.quiet,
    single: toStdout,
    total: jobs.length,
  });
  if (directories.length && all.length === 0) reporter.note(`note: no .json or .md files in ${directories.join(', ')}`);

  if (settings.hydrate && settings.scriptSrc === undefined) {
    if (!(await placeBundle(jobs, settings, reporter))) return 1;
  } else if (settings.scriptSrc !== undefined) {
    for (const job of jobs) job.scriptSrc = settings.scriptSrc;
  }
  const stdin = jobs.find((job) => job.input === '-');
  if (stdin) stdin.source = await readStdin();

  const stop = new Int32Array(new SharedArrayBuffer(4));
  let interrupted: NodeJS.Signals | undefined;
  let cancel = () => {};
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal means now: pages already renamed are complete; a temporary file may stay.
    if (interrupted) process.exit(EXIT_CODES[interrupted]);
    interrupted = signal;
    Atomics.store(stop, 0, 1);
    cancel();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const pages: string[] = [];
  const wanted = Math.min(settings.jobs ?? os.availableParallelism(), Math.ceil(jobs.length / 4));
  const threads = workersPayOff(jobs.length, wanted) ? wanted : 1;
  const run: Run = {
    jobs,
    options: { fragment: settings.fragment, hydrate: settings.hydrate },
    threads,
    stop,
    onResults: (results) => {
      reporter.add(results);
      for (const result of results) if (result.page !== undefined) pages.push(result.page);
    },
    onCancel: (dropPending) => {
      cancel = dropPending;
    },
  };
  try {
    await (threads > 1 ? renderOnWorkers(run) : renderInProcess(run));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  for (const page of pages) await writeOut(page);
  let scope = shard ? ` (shard ${shard.index}/${shard.count} of ${all.length} inputs)` : '';
  if (threads > 1) scope += ` on ${threads} worker threads`;
  reporter.finish(scope, interrupted);
  if (interrupted) return EXIT_CODES[interrupted]!;
  return reporter.failed ? 1 : 0;
}

/** Runs `article-kit` with the arguments after its name; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') {
      await writeOut(helpText(command.topic));
      return 0;
    }
    if (command.kind === 'version') {
      await writeOut(`${await readVersion()}\n`);
      return 0;
    }
    return await render(command.settings);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
}
