// The command line of `article-kit`: one table of options drives both `parseArgs` and the help
// text, so an option cannot be accepted without being documented, or documented without being
// accepted. Everything here is pure: no file system, no process state.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { safeHref } from '../internal/url';
import { parseShard, type Shard } from './shard';

/** One option of `article-kit render`. */
export interface CliOption {
  /** Long name without the dashes, e.g. `out-dir`. */
  name: string;
  /** `string` options take a value, `boolean` ones are flags. */
  type: 'string' | 'boolean';
  /** One-letter alias, e.g. `o` for `-o`. */
  short?: string;
  /** Placeholder for the value in the help text, e.g. `FILE`. */
  value?: string;
  /** One sentence for the help text. */
  description: string;
}

/** Every option the command line accepts, in the order the help text lists them. */
export const OPTIONS: readonly CliOption[] = [
  {
    name: 'out',
    short: 'o',
    type: 'string',
    value: 'FILE',
    description: 'Write the page to FILE instead of standard output (one input only).',
  },
  {
    name: 'out-dir',
    type: 'string',
    value: 'DIR',
    description:
      'Write one page per input into DIR: a file named directly becomes DIR/<name>.html, a file found in a ' +
      'directory keeps its path below that directory (posts/2026/a.json given as posts → DIR/2026/a.html).',
  },
  {
    name: 'fragment',
    type: 'boolean',
    description:
      'Write the embeddable fragment (its own <style>, the markup, the JSON-LD) instead of a whole document.',
  },
  {
    name: 'hydrate',
    type: 'boolean',
    description:
      'Mark the FAQ and the signup box for article-kit/browser and load its script. Without --script-src the ' +
      'bundle is copied next to the pages (into DIR, or next to FILE) and referenced relatively.',
  },
  {
    name: 'script-src',
    type: 'string',
    value: 'URL',
    description: 'Where the pages load the browser bundle from (with --hydrate); nothing is copied.',
  },
  {
    name: 'shard',
    type: 'string',
    value: 'I/N',
    description:
      'Render only shard I of N (1 ≤ I ≤ N). An input belongs to shard (fnv1a32(KEY) mod N) + 1, where KEY is ' +
      'its path below the directory it was found in, or its file name when named directly, with / as ' +
      'separator. Each machine of a CI matrix decides alone, whatever the order of its listing.',
  },
  {
    name: 'jobs',
    short: 'j',
    type: 'string',
    value: 'N',
    description: 'Worker threads for large batches (default: the number of CPUs); 1 renders in this process.',
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    description: 'Report only errors and the summary.',
  },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help.' },
  { name: 'version', short: 'v', type: 'boolean', description: "Show article-kit's version." },
];

/** What `article-kit render` was asked to do. */
export interface RenderSettings {
  /** Files, directories and `-`, as given. */
  inputs: string[];
  /** `--out FILE`; undefined for standard output. */
  out?: string;
  /** `--out-dir DIR`. */
  outDir?: string;
  fragment: boolean;
  hydrate: boolean;
  /** `--script-src URL`, already checked to be an http(s) or relative URL. */
  scriptSrc?: string;
  shard?: Shard;
  /** `--jobs N`; undefined for one per CPU. */
  jobs?: number;
  quiet: boolean;
}

/** A parsed command line. */
export type Command =
  { kind: 'help'; topic: 'main' | 'render' } | { kind: 'version' } | { kind: 'render'; settings: RenderSettings };

/** A command line that cannot be run as given; the message is one line. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const COMMANDS = ['render'];

const flag = (option: CliOption) => `--${option.name}`;

function parseConfig(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const option of OPTIONS) {
    options[option.name] = option.short ? { type: option.type, short: option.short } : { type: option.type };
  }
  return options;
}

/** parseArgs' own messages are long and name `<value>`; ours name the placeholder of the table. */
function parseArgsMessage(error: Error & { code?: string }): string {
  const named = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
  const long = /--([\w-]+)/.exec(named)?.[1];
  const option = OPTIONS.find((o) => o.name === long);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${named}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return option.type === 'string'
      ? `${flag(option)} needs a value (${option.value})`
      : `${flag(option)} takes no value`;
  }
  return error.message.split('. ')[0]!;
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value))
    throw new UsageError(`--jobs must be a whole number from 1 to 9999, not "${value}"`);
  return Number(value);
}

/**
 * Reads a command line (the arguments after `article-kit`). Throws {@link UsageError} for
 * anything that cannot be run as given, before any file is touched: unknown options, missing
 * values, `--out` with `--out-dir` or with several inputs, several inputs without `--out-dir`,
 * `-` with `--out-dir`, a bad `--shard` or `--jobs`, no inputs, an unknown command.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: ReturnType<typeof parseConfig>; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: parseConfig(), strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const [command, ...inputs] = parsed.positionals;

  if (command !== undefined && !COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (values.help) return { kind: 'help', topic: command === 'render' ? 'render' : 'main' };
  if (values.version) return { kind: 'version' };
  if (command === undefined) throw new UsageError('missing command: article-kit render <input…>');

  for (const option of OPTIONS) {
    if (values[option.name] === '') throw new UsageError(`${flag(option)} needs a value (${option.value})`);
  }
  const text = (name: string) => values[name] as string | undefined;
  // `--out -` is standard output, as for the input.
  const out = text('out') === '-' ? undefined : text('out');
  const outDir = text('out-dir');
  const scriptSrc = text('script-src');
  const hydrate = values.hydrate === true;

  if (inputs.length === 0)
    throw new UsageError('no inputs: name .json or .md files, directories, or - for standard input');
  if (text('out') !== undefined && outDir !== undefined)
    throw new UsageError('--out and --out-dir cannot be used together');
  if (inputs.length > 1 && text('out') !== undefined) {
    throw new UsageError(`--out takes one input, not ${inputs.length}: use --out-dir DIR for several`);
  }
  if (inputs.length > 1 && outDir === undefined) {
    throw new UsageError(`${inputs.length} inputs need --out-dir DIR (standard output takes one page)`);
  }
  if (inputs.includes('-') && outDir !== undefined) {
    throw new UsageError('- (standard input) has no file name to write into --out-dir: use --out FILE');
  }
  if (scriptSrc !== undefined && !hydrate) throw new UsageError('--script-src only applies with --hydrate');
  if (scriptSrc !== undefined && !safeHref(scriptSrc)) {
    throw new UsageError(`--script-src must be an http(s) or relative URL, not "${scriptSrc}"`);
  }
  const shardText = text('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (shard === null) throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N, not "${shardText}"`);
  const jobsText = text('jobs');

  return {
    kind: 'render',
    settings: {
      inputs,
      out,
      outDir,
      fragment: values.fragment === true,
      hydrate,
      scriptSrc: scriptSrc?.trim(),
      shard,
      jobs: jobsText === undefined ? undefined : parseJobs(jobsText),
      quiet: values.quiet === true,
    },
  };
}

const WIDTH = 100;

/** Breaks a paragraph into lines of at most `width` characters, each after `indent`. */
function wrap(text: string, indent: number, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The options part of the help text, generated from {@link OPTIONS}. */
export function optionsHelp(options: readonly CliOption[] = OPTIONS): string {
  const names = options.map((o) => {
    const short = o.short ? `-${o.short}, ` : '    ';
    return `  ${short}--${o.name}${o.value ? ` ${o.value}` : ''}`;
  });
  const column = Math.max(...names.map((n) => n.length)) + 2;
  return options
    .map((option, i) => {
      const [first = '', ...rest] = wrap(option.description, column);
      return [names[i]!.padEnd(column) + first, ...rest.map((line) => ' '.repeat(column) + line)].join('\n');
    })
    .join('\n');
}

const RENDER_HELP = `Usage: article-kit render <input…> [--out FILE | --out-dir DIR] [options]

Renders article pages to static HTML with article-kit/server.

Inputs:
  page.json   an ArticlePage, or a bare Article (an object without an "article" key)
  post.md     Markdown, through article-kit/markdown
  posts/      every .json and .md file below it (sorted; dot entries and node_modules skipped)
  -           standard input (JSON)

Options:
${optionsHelp()}

Without --out or --out-dir the page goes to standard output and standard error carries only
errors and notes. Otherwise standard error shows progress (a bar on a terminal, a line per page in
a log), errors and a summary.

Exit codes:
  0  every input rendered
  1  some input was invalid or unreadable: nothing is written for it, the others are rendered
  2  usage error: nothing is rendered
`;

/** The text of `article-kit --help` (`main`) or `article-kit render --help` (`render`). */
export function helpText(topic: 'main' | 'render'): string {
  if (topic === 'render') return RENDER_HELP;
  return `Usage: article-kit <command> [options]

Commands:
  render   Render article pages (.json, .md) to static HTML

${RENDER_HELP}`;
}
