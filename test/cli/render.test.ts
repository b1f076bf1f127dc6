// `article-kit render` on valid inputs: standard input and output, --out, --fragment, --out-dir
// with files and folders, --hydrate, --help and --version.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OPTIONS } from '../../src/cli/options';
import { ARTICLE, BIN, BROWSER_BUNDLE, article, cli, listFiles, scratch } from './helpers';

const { dir, write } = scratch();

/** The title as the document's <title> writes it. */
const titleTag = (title: string) => `<title>${title}</title>`;

describe('one page', () => {
  it('reads standard input and writes the whole document to standard output, and nothing else', () => {
    const run = cli(['render', '-'], { cwd: dir, input: JSON.stringify(ARTICLE) });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(run.stdout).toContain(titleTag(ARTICLE.title));
    expect(run.stdout).toMatch(/<\/html>\n$/);
    expect(run.stderr).toBe('');
  });

  it('takes an ArticlePage with its page settings', () => {
    const page = {
      article: article('Nordwerk eröffnet Rechenzentrum in Luleå'),
      locale: 'de',
      newsletter: { title: 'KI-Briefing', action: '/newsletter' },
    };
    const run = cli(['render', write('seite.json', page)], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<html lang="de">');
    expect(run.stdout).toContain(titleTag('Nordwerk eröffnet Rechenzentrum in Luleå'));
    expect(run.stdout).toMatch(/<form[^>]* action="\/newsletter"/);
  });

  it('writes --out FILE, creating its folder, and reports it', () => {
    const input = write('post.json', article('Chipfabrik in Dresden'));
    const run = cli(['render', input, '--out', 'out-site/neu/post.html'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const page = readFileSync(path.join(dir, 'out-site/neu/post.html'), 'utf8');
    expect(page).toContain(titleTag('Chipfabrik in Dresden'));
    expect(page).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(run.stderr).toMatch(/^ok {4}.*post\.json → out-site\/neu\/post\.html$/m);
    expect(run.stderr).toMatch(/^rendered 1 of 1 pages in \d+\.\d\d s \(\d+ pages\/s\)$/m);
  });

  it('writes the fragment with --fragment: styles and markup, no document around them', () => {
    const run = cli(['render', '-', '--fragment'], { cwd: dir, input: JSON.stringify(ARTICLE) });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('<style data-styled')).toBe(true);
    expect(run.stdout).toContain('data-ak="ArticleKitProvider"');
    expect(run.stdout).toContain(`>${ARTICLE.title}</h1>`);
    expect(/<!doctype|<html[\s>]|<head>|<title>/i.test(run.stdout)).toBe(false);
  });
});

describe('--out-dir', () => {
  it('writes files named directly by their name and folders with their structure below', () => {
    write('posts/2026/01/ki-gesetz.json', article('Das KI-Gesetz tritt in Kraft'));
    write('posts/2026/rechenzentren.json', article('Rechenzentren im Norden'));
    write('posts/index.json', article('Übersicht'));
    write('posts/.entwurf.json', article('Entwurf'));
    write('posts/bilder/notiz.txt', 'kein Artikel');
    const single = write('extra/einzeln.json', { article: article('Ein einzelner Beitrag') });

    const run = cli(['render', 'posts', single, '--out-dir', 'site'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(listFiles(path.join(dir, 'site'))).toEqual([
      '2026/01/ki-gesetz.html',
      '2026/rechenzentren.html',
      'einzeln.html',
      'index.html',
    ]);
    expect(readFileSync(path.join(dir, 'site/2026/01/ki-gesetz.html'), 'utf8')).toContain(
      titleTag('Das KI-Gesetz tritt in Kraft'),
    );
    expect(readFileSync(path.join(dir, 'site/einzeln.html'), 'utf8')).toContain(titleTag('Ein einzelner Beitrag'));
    // One line per page in a log, then the summary.
    expect(run.stderr).toContain(
      `ok    ${path.join('posts', '2026', '01', 'ki-gesetz.json')} → ${path.join('site', '2026', '01', 'ki-gesetz.html')}\n`,
    );
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^rendered 4 of 4 pages in \d+\.\d\d s \(\d+ pages\/s\)$/);
  });

  it('shows a progress bar instead of a line per page on a terminal', () => {
    write('tty/a.json', article('A'));
    write('tty/b.json', { title: 1, blocks: [] });
    // `script` gives the command a pseudo-terminal; its output is what the terminal received.
    const command = [process.execPath, BIN, 'render', 'tty', '--out-dir', 'tty-site'].map((a) => `'${a}'`).join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    // The bar is redrawn in place: a carriage return and ESC [K (clear the line) start each frame.
    const frames = run.stdout.split('\r\u001b[K');
    expect(frames.some((frame) => /^\[#+\.*\] \d\/2 {2}\d+ pages\/s$/.test(frame))).toBe(true);
    expect(run.stdout).toContain('error tty/b.json: article.title must be a string');
    expect(run.stdout).not.toContain('ok    ');
    expect(frames.at(-1)).toMatch(/^rendered 1 of 2 pages in .*, 1 failed\r?\n$/);
  });

  it('reports only the summary with --quiet', () => {
    write('leise/a.json', article('A'));
    write('leise/b.json', article('B'));
    const run = cli(['render', 'leise', '--out-dir', 'leise-site', '--quiet'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^rendered 2 of 2 pages in \d+\.\d\d s \(\d+ pages\/s\)\n$/);
  });
});

describe('--hydrate', () => {
  it('copies the browser bundle into DIR and points every page at it relatively', () => {
    write('inseln/a.json', { article: article('Mit FAQ'), newsletter: { title: 'KI-Briefing', action: '/n' } });
    write('inseln/2026/b.json', article('Tiefer'));
    const run = cli(['render', 'inseln', '--out-dir', 'inseln-site', '--hydrate'], { cwd: dir });
    expect(run.code).toBe(0);
    const site = path.join(dir, 'inseln-site');
    expect(listFiles(site)).toEqual(['2026/b.html', 'a.html', 'article-kit.js']);
    expect(readFileSync(path.join(site, 'article-kit.js'))).toEqual(readFileSync(BROWSER_BUNDLE));
    const top = readFileSync(path.join(site, 'a.html'), 'utf8');
    expect(top).toContain('<script type="module" src="article-kit.js"></script>');
    expect(top).toContain('<article-kit-island component="NewsletterCta"');
    expect(readFileSync(path.join(site, '2026/b.html'), 'utf8')).toContain(
      '<script type="module" src="../article-kit.js"></script>',
    );
  });

  it('copies the bundle next to --out FILE', () => {
    const run = cli(['render', write('h.json', ARTICLE), '--out', 'h-site/seite.html', '--hydrate'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(listFiles(path.join(dir, 'h-site'))).toEqual(['article-kit.js', 'seite.html']);
    expect(readFileSync(path.join(dir, 'h-site/seite.html'), 'utf8')).toContain('src="article-kit.js"');
  });

  it('on standard output references article-kit.js and says where the file is', () => {
    const run = cli(['render', '-', '--hydrate'], { cwd: dir, input: JSON.stringify(ARTICLE) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<script type="module" src="article-kit.js"></script>');
    expect(run.stderr).toContain(BROWSER_BUNDLE);
  });

  it('uses --script-src as given and copies nothing', () => {
    const run = cli(
      ['render', write('s.json', ARTICLE), '--out', 's-site/s.html', '--hydrate', '--script-src', '/assets/ak.js'],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(listFiles(path.join(dir, 's-site'))).toEqual(['s.html']);
    expect(readFileSync(path.join(dir, 's-site/s.html'), 'utf8')).toContain('src="/assets/ak.js"');
  });
});

describe('Markdown input', () => {
  it('renders through article-kit/markdown, or names the missing entry and still renders the rest', () => {
    write('md/beitrag.md', '# Sprachmodelle im Alltag\n\nEin kurzer Absatz.\n');
    write('md/beitrag-json.json', article('Daneben'));
    const run = cli(['render', 'md', '--out-dir', 'md-site'], { cwd: dir });
    const markdownBuilt = existsSync(path.resolve(path.dirname(BIN), '../markdown/index.js'));
    if (markdownBuilt) {
      expect(run.code).toBe(0);
      expect(readFileSync(path.join(dir, 'md-site/beitrag.html'), 'utf8')).toContain(
        titleTag('Sprachmodelle im Alltag'),
      );
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `${path.join('md', 'beitrag.md')}: Markdown input needs article-kit/markdown, which this build does not include`,
      );
      expect(listFiles(path.join(dir, 'md-site'))).toEqual(['beitrag-json.html']);
    }
  });
});

describe('--help and --version', () => {
  it('lists every option of the table, for article-kit and for article-kit render', () => {
    for (const args of [['--help'], ['render', '--help'], ['-h']]) {
      const run = cli(args, { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      for (const option of OPTIONS) expect(run.stdout).toContain(`--${option.name}`);
      expect(run.stdout).toContain('Usage: article-kit render <input…>');
    }
  });

  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const run = cli(['--version'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });
});
