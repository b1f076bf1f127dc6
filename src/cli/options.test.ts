// @vitest-environment node
import { helpText, OPTIONS, optionsHelp, parseCommandLine, UsageError } from './options';

/** The message of the usage error a command line gives. */
function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for: ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads a render command with every option', () => {
    expect(
      parseCommandLine([
        'render',
        'posts',
        'extra.json',
        '--out-dir',
        'site',
        '--fragment',
        '--hydrate',
        '--script-src',
        '/assets/article-kit.js',
        '--shard',
        '2/3',
        '-j',
        '4',
        '-q',
      ]),
    ).toEqual({
      kind: 'render',
      settings: {
        inputs: ['posts', 'extra.json'],
        out: undefined,
        outDir: 'site',
        fragment: true,
        hydrate: true,
        scriptSrc: '/assets/article-kit.js',
        shard: { index: 2, count: 3 },
        jobs: 4,
        quiet: true,
      },
    });
  });

  it('takes one input to standard output or to --out, and - as standard input', () => {
    expect(parseCommandLine(['render', '-'])).toMatchObject({ settings: { inputs: ['-'], out: undefined } });
    expect(parseCommandLine(['render', 'post.json', '-o', 'post.html'])).toMatchObject({
      settings: { inputs: ['post.json'], out: 'post.html', outDir: undefined },
    });
    expect(parseCommandLine(['render', 'post.json', '--out=-'])).toMatchObject({ settings: { out: undefined } });
  });

  it('answers --help and --version before anything else is checked', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help', topic: 'main' });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help', topic: 'main' });
    expect(parseCommandLine(['render', '--help'])).toEqual({ kind: 'help', topic: 'render' });
    expect(parseCommandLine(['render', '--help', '--out', 'a', '--out-dir', 'b'])).toEqual({
      kind: 'help',
      topic: 'render',
    });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['render', '-v'])).toEqual({ kind: 'version' });
  });

  it('refuses every command line that cannot run, with a one-line message', () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['build', 'a.json'], /unknown command "build"/],
      [['render'], /no inputs/],
      [['render', 'a.json', '--bogus'], /unknown option --bogus/],
      [['render', 'a.json', '-x'], /unknown option -x/],
      [['render', 'a.json', '--out'], /--out needs a value \(FILE\)/],
      [['render', 'a.json', '--out='], /--out needs a value \(FILE\)/],
      [['render', 'a.json', '--quiet=yes'], /--quiet takes no value/],
      [['render', 'a.json', '--out', 'a.html', '--out-dir', 'site'], /--out and --out-dir cannot be used together/],
      [['render', 'a.json', 'b.json'], /2 inputs need --out-dir/],
      [['render', 'a.json', 'b.json', '--out', 'a.html'], /--out takes one input, not 2/],
      [['render', '-', '--out-dir', 'site'], /standard input/],
      [['render', 'a.json', '--shard', '0/3'], /--shard must be I\/N/],
      [['render', 'a.json', '--shard', '4/3'], /--shard must be I\/N/],
      [['render', 'a.json', '--shard', '1'], /--shard must be I\/N/],
      [['render', 'a.json', '--shard', '1/0'], /--shard must be I\/N/],
      [['render', 'a.json', '--jobs', '0'], /--jobs must be a whole number/],
      [['render', 'a.json', '--jobs', 'many'], /--jobs must be a whole number/],
      [['render', 'a.json', '--jobs', '1.5'], /--jobs must be a whole number/],
      [['render', 'a.json', '--script-src', 'a.js'], /--script-src only applies with --hydrate/],
      [['render', 'a.json', '--hydrate', '--script-src', 'javascript:alert(1)'], /http\(s\) or relative URL/],
    ];
    for (const [argv, message] of cases) {
      const text = usageError(argv);
      expect(text, argv.join(' ')).toMatch(message);
      expect(text, argv.join(' ')).not.toContain('\n');
    }
  });
});

describe('help text', () => {
  it('lists every option of the table with its short name and value', () => {
    const help = helpText('render');
    for (const option of OPTIONS) {
      expect(help).toContain(`--${option.name}${option.value ? ` ${option.value}` : ''}`);
      if (option.short) expect(help).toContain(`-${option.short}, --${option.name}`);
    }
    expect(helpText('main')).toContain(help);
    expect(helpText('main')).toMatch(/Commands:\n {2}render/);
  });

  it('accepts exactly the options it documents', () => {
    for (const option of OPTIONS) {
      const argv = ['render', 'a.json', `--${option.name}`, ...(option.type === 'string' ? ['1/1'] : [])];
      try {
        parseCommandLine(argv);
      } catch (error) {
        expect((error as Error).message, option.name).not.toMatch(/unknown option/);
      }
    }
  });

  it('wraps descriptions under their option, within 100 columns', () => {
    const text = optionsHelp([
      { name: 'long', type: 'boolean', description: 'word '.repeat(40).trim() },
      { name: 'value', short: 'v', type: 'string', value: 'N', description: 'Short.' },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^ {6}--long {5}word/);
    expect(lines.at(-1)).toBe('  -v, --value N  Short.');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    // Continuation lines start in the description column.
    expect(lines[1]).toMatch(/^ {17}word/);
  });

  it('documents how inputs are assigned to shards', () => {
    expect(helpText('render').replace(/\s+/g, ' ')).toMatch(/belongs to shard \(fnv1a32\(KEY\) mod N\) \+ 1/);
  });
});
