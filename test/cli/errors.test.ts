// Invalid inputs (exit 1: named file and field, nothing written for them, the others rendered)
// and usage errors (exit 2: nothing rendered at all).
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE, BIN, article, cli, listFiles, scratch } from './helpers';

const { dir, write } = scratch();

describe('invalid inputs', () => {
  const bad = {
    'kaputt.json': '{\n  "title": "Halb",\n  "blocks": [\n}',
    'ohne-titel.json': JSON.stringify({ blocks: ARTICLE.blocks }),
    'falscher-typ.json': JSON.stringify({ ...ARTICLE, title: 42 }),
    'unbekannter-block.json': JSON.stringify({ ...ARTICLE, blocks: [{ type: 'karussell', slides: [] }] }),
    'liste.json': '[1, 2, 3]',
    'notiz.txt': 'kein Artikel',
  };

  it('names each file and field, writes nothing for them, renders the others, exits 1', () => {
    const inputs = path.join(dir, 'gemischt');
    for (const [name, content] of Object.entries(bad)) write(`gemischt/${name}`, content);
    write('gemischt/gut.json', article('Gut'));
    write('gemischt/2026/auch-gut.json', article('Auch gut'));
    symlinkSync(path.join(dir, 'weg.json'), path.join(inputs, 'verwaist.json'));
    const missing = path.join('gemischt', 'fehlt.json');

    const run = cli(['render', 'gemischt', missing, 'gemischt/notiz.txt', '--out-dir', 'site'], { cwd: dir });
    expect(run.code).toBe(1);
    const at = (file: string) => path.join('gemischt', file);
    const lines = run.stderr.split('\n');
    const errors = lines.filter((line) => line.startsWith('error '));
    expect(errors).toEqual(
      expect.arrayContaining([
        `error ${at('kaputt.json')}: invalid JSON at line 4, column 1: unexpected token '}'`,
        `error ${at('ohne-titel.json')}: article.title must be a string`,
        `error ${at('falscher-typ.json')}: article.title must be a string`,
        expect.stringMatching(new RegExp(`^error ${at('unbekannter-block.json')}: article\\.blocks\\[0\\].*karussell`)),
        `error ${at('liste.json')}: must hold a JSON object (an ArticlePage or an Article), not an array`,
        `error ${at('verwaist.json')}: cannot be read: no such file or directory`,
        `error ${missing}: cannot be read: no such file or directory`,
        `error ${at('notiz.txt')}: is not an input: name .json or .md files`,
      ]),
    );
    expect(listFiles(path.join(dir, 'site'))).toEqual(['2026/auch-gut.html', 'gut.html']);
    expect(lines.at(-2)).toMatch(/^rendered 2 of 10 pages in .* s \(\d+ pages\/s\), 8 failed$/);
  });

  it('puts each problem of one file on its own line', () => {
    const run = cli(['render', write('zwei-fehler.json', { ...ARTICLE, title: 7, lead: ['a'] })], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error .*zwei-fehler\.json: article\.title must be a string$/m);
    expect(run.stderr).toMatch(/^error .*zwei-fehler\.json: article\.lead must be a string$/m);
  });

  it('names standard input', () => {
    const run = cli(['render', '-'], { cwd: dir, input: '{"title": 1, "blocks": []}' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error <stdin>: article.title must be a string\n');
  });

  it('leaves an existing page byte for byte as it was when its input became invalid', () => {
    const input = write('stabil/seite.json', article('Erste Fassung'));
    expect(cli(['render', 'stabil', '--out-dir', 'stabil-site'], { cwd: dir }).code).toBe(0);
    const page = path.join(dir, 'stabil-site/seite.html');
    const before = readFileSync(page);
    writeFileSync(input, JSON.stringify({ ...ARTICLE, title: '' }).slice(0, -20));
    expect(cli(['render', 'stabil', '--out-dir', 'stabil-site'], { cwd: dir }).code).toBe(1);
    expect(readFileSync(page)).toEqual(before);
    writeFileSync(input, JSON.stringify({ ...ARTICLE, title: null }));
    expect(cli(['render', input, '--out', page], { cwd: dir }).code).toBe(1);
    expect(readFileSync(page)).toEqual(before);
    expect(listFiles(path.join(dir, 'stabil-site'))).toEqual(['seite.html']);
  });
});

describe('usage errors', () => {
  it('exit 2 with one line and the hint, and render nothing', () => {
    write('u/a.json', ARTICLE);
    write('u/b.json', ARTICLE);
    write('u/sub/a.md', '# A');
    write('u2/a.json', ARTICLE);
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['bauen', 'u/a.json'], /unknown command/],
      [['render'], /no inputs/],
      [['render', 'u/a.json', '--out-dir', 'site-u', '--schnell'], /unknown option --schnell/],
      [['render', 'u/a.json', '--out-dir'], /--out-dir needs a value/],
      [['render', 'u/a.json', '--out', 'site-u/a.html', '--out-dir', 'site-u'], /cannot be used together/],
      [['render', 'u/a.json', 'u/b.json'], /need --out-dir/],
      [['render', 'u/a.json', 'u/b.json', '--out', 'site-u/a.html'], /--out takes one input/],
      [['render', 'u'], /u is a directory: its pages need --out-dir/],
      [['render', 'u', '--out', 'site-u/a.html'], /u is a directory/],
      [['render', '-', '--out-dir', 'site-u'], /standard input/],
      [['render', 'u', '--out-dir', 'site-u', '--shard', '4/3'], /--shard must be I\/N/],
      [['render', 'u', '--out-dir', 'site-u', '--shard', 'a/b'], /--shard must be I\/N/],
      [['render', 'u', '--out-dir', 'site-u', '--jobs', '0'], /--jobs must be/],
      [['render', 'u', '--out-dir', 'site-u', '--jobs', 'viele'], /--jobs must be/],
      [['render', 'u/a.json', 'u2/a.json', '--out-dir', 'site-u'], /both be written to site-u.a\.html/],
      [['render', 'u', 'u/sub/a.md', '--out-dir', 'site-u'], /both be written to site-u.a\.html/],
      [['render', 'u/a.json', '--out-dir', 'site-u', '--script-src', 'x.js'], /only applies with --hydrate/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args, { cwd: dir });
      const label = args.join(' ');
      expect(run.code, label).toBe(2);
      expect(run.stdout, label).toBe('');
      const [first, hint, ...rest] = run.stderr.split('\n');
      expect(first, label).toMatch(/^article-kit: /);
      expect(first, label).toMatch(message);
      expect(hint, label).toBe('Run article-kit --help');
      expect(rest, label).toEqual(['']);
    }
    expect(listFiles(path.join(dir, 'site-u'))).toEqual([]);
  });
});

describe('a build without the browser bundle', () => {
  it('says --hydrate needs it and writes nothing', () => {
    // A copy of the ES modules without dist/browser, inside the repository so the peers resolve.
    const copy = path.resolve('node_modules/.cache/ak-cli-test/dist');
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(copy, { recursive: true });
    cpSync(path.resolve(path.dirname(BIN), '..'), path.join(copy, 'esm'), { recursive: true });
    try {
      const run = cli(['render', write('o.json', ARTICLE), '--out', 'o/o.html', '--hydrate'], {
        cwd: dir,
        bin: path.join(copy, 'esm/cli/bin.js'),
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /--hydrate needs the browser bundle .*article-kit\.js, which this build does not include/,
      );
      expect(listFiles(path.join(dir, 'o'))).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
