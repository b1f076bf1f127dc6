// One batch of pages: read, check, render, write. The same code runs in a worker thread and, for
// small batches, in the CLI's own process, so both give the same bytes and the same messages.
import { mkdirSync, readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../provider/locales';
import { ArticlePageError, renderArticlePage, type ArticlePage } from '../server';
import { writeFileAtomic } from './atomic';
import { fsMessage, INPUT_EXTENSION } from './inputs';
import { parseJson } from './json';

/** One page to render. Plain data: it crosses to a worker thread. */
export interface PageJob {
  /** Path to read; `-` for standard input, whose text is in `source`. */
  input: string;
  /** File to write; undefined for standard output (the page comes back in the result). */
  output?: string;
  /** Where the page loads the browser bundle from, with `hydrate`. */
  scriptSrc?: string;
  /** The text of standard input. */
  source?: string;
  /** Set when the input failed before it could be read (an unreadable folder). */
  error?: string;
}

/** What every page of a run shares. */
export interface PageOptions {
  /** The fragment instead of the whole document. */
  fragment: boolean;
  /** Mark the islands and add the browser bundle's script. */
  hydrate: boolean;
}

/** What happened to one page. */
export interface PageResult {
  input: string;
  output?: string;
  /** `skipped`: not started because the run was interrupted. */
  status: 'ok' | 'failed' | 'skipped';
  /** Why it failed, one sentence each, without the file name. */
  problems: string[];
  /** What was left out of a page that was rendered (from the Markdown conversion). */
  warnings: string[];
  /** The page, when it goes to standard output. */
  page?: string;
}

/** A batch for a worker thread: `stop` is shared memory the CLI sets to 1 on SIGINT/SIGTERM. */
export interface ChunkTask {
  jobs: PageJob[];
  options: PageOptions;
  stop?: Int32Array;
}

interface MarkdownModule {
  articleFromMarkdown(source: string): { article: unknown; problems: string[]; locale?: string };
}

// article-kit/markdown is a sibling entry of the package. It is looked up beside this module at
// run time (not bundled in), so the CLI works in a build without it and says so per input.
const MARKDOWN = new URL(/* @vite-ignore */ '../markdown/index.js', import.meta.url);
let markdown: Promise<MarkdownModule | string> | undefined;

function loadMarkdown(): Promise<MarkdownModule | string> {
  markdown ??= access(fileURLToPath(MARKDOWN)).then(
    () =>
      import(/* @vite-ignore */ MARKDOWN.href).then(
        (module: Partial<MarkdownModule>) =>
          typeof module.articleFromMarkdown === 'function'
            ? (module as MarkdownModule)
            : 'article-kit/markdown does not export articleFromMarkdown',
        (error: Error) => `article-kit/markdown could not be loaded: ${error.message}`,
      ),
    () => 'Markdown input needs article-kit/markdown, which this build does not include',
  );
  return markdown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

type Parsed = { page: unknown; warnings: string[] } | { problems: string[] };

/** The page in a file's text: JSON (an ArticlePage or a bare Article) or Markdown. */
async function parsePage(job: PageJob, source: string): Promise<Parsed> {
  if (/\.md$/i.test(job.input)) {
    const loaded = await loadMarkdown();
    if (typeof loaded === 'string') return { problems: [loaded] };
    try {
      const { article, problems, locale } = loaded.articleFromMarkdown(source);
      // The post's language, when it is one the kit speaks (`de-AT` speaks `de`).
      const language = LOCALES.find((code) => code === locale?.slice(0, 2).toLowerCase());
      return { page: { article, ...(language && { locale: language }) }, warnings: problems };
    } catch (error) {
      return { problems: [`could not be read as Markdown: ${(error as Error).message}`] };
    }
  }
  let data: unknown;
  try {
    data = parseJson(source);
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  if (!isObject(data))
    return { problems: [`must hold a JSON object (an ArticlePage or an Article), not ${kindOf(data)}`] };
  // An object without an `article` key is the article itself: the usual shape of a CMS export.
  return { page: Object.hasOwn(data, 'article') ? data : { article: data }, warnings: [] };
}

function renderText(page: unknown, job: PageJob, options: PageOptions): string | { problems: string[] } {
  try {
    const rendered = renderArticlePage(page as ArticlePage, {
      hydrate: options.hydrate && (job.scriptSrc === undefined ? true : { scriptSrc: job.scriptSrc }),
    });
    return options.fragment ? rendered.html : rendered.document;
  } catch (error) {
    if (error instanceof ArticlePageError) return { problems: error.problems };
    return { problems: [`could not be rendered: ${(error as Error).message}`] };
  }
}

/**
 * Renders a batch of pages and writes each atomically. File calls are synchronous: on a worker
 * thread nothing else waits for them, and for files of a few kilobytes they cost less than the
 * promise API's thread-pool round trips. Never throws: every page gets a result. When `stop`
 * turns 1 no further page is started; the page being written is finished first.
 */
export async function renderChunk(
  jobs: readonly PageJob[],
  options: PageOptions,
  stop?: Int32Array,
): Promise<PageResult[]> {
  const folders = new Set<string>();
  const results: PageResult[] = [];
  for (const job of jobs) {
    const result: PageResult = { input: job.input, output: job.output, status: 'failed', problems: [], warnings: [] };
    results.push(result);
    if (stop && Atomics.load(stop, 0) === 1) {
      result.status = 'skipped';
      continue;
    }
    if (job.error !== undefined) {
      result.problems.push(job.error);
      continue;
    }
    if (job.input !== '-' && !INPUT_EXTENSION.test(job.input)) {
      result.problems.push('is not an input: name .json or .md files');
      continue;
    }
    let source = job.source;
    if (source === undefined) {
      try {
        source = readFileSync(job.input, 'utf8');
      } catch (error) {
        result.problems.push(`cannot be read: ${fsMessage(error)}`);
        continue;
      }
    }
    const parsed = await parsePage(job, source);
    if ('problems' in parsed) {
      result.problems.push(...parsed.problems);
      continue;
    }
    result.warnings.push(...parsed.warnings);
    const text = renderText(parsed.page, job, options);
    if (typeof text !== 'string') {
      result.problems.push(...text.problems);
      continue;
    }
    if (job.output === undefined) {
      result.page = text;
      result.status = 'ok';
      continue;
    }
    try {
      const folder = path.dirname(job.output);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileAtomic(job.output, text);
      result.status = 'ok';
    } catch (error) {
      result.problems.push(`cannot write ${job.output}: ${fsMessage(error)}`);
    }
  }
  return results;
}
