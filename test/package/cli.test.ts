// The installed package's command, as a host runs it after `npm install article-kit`:
// `npx article-kit render page.json --out page.html`, and a folder of pages on worker threads.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { workersPayOff } from '../../src/cli/main';
import { installTarball, type InstalledManifest } from './install';

let host = '';
let manifest: InstalledManifest;

beforeAll(() => {
  ({ host, manifest } = installTarball('ak-cli-host-'));
});

afterAll(() => {
  if (host) rmSync(host, { recursive: true, force: true });
});

/** `npx article-kit …` in the host; `--no` so npx never fetches a package of that name. */
const npx = (args: string[]) =>
  execFileSync('npx', ['--no', 'article-kit', ...args], {
    cwd: host,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });

const article = (title: string) => ({
  title,
  lead: 'Ein Vorspann für die Suche.',
  blocks: [{ type: 'paragraph', text: 'Erster Absatz.' }],
  faq: [{ question: 'Warum?', answer: 'Darum.' }],
});

describe('the installed article-kit command', () => {
  it('npx article-kit render page.json --out page.html writes a complete page', () => {
    writeFileSync(
      path.join(host, 'page.json'),
      JSON.stringify({ article: article('Neue Rechenzentren im Norden'), locale: 'de' }),
    );
    npx(['render', 'page.json', '--out', 'page.html']);
    const page = readFileSync(path.join(host, 'page.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(page).toContain('<title>Neue Rechenzentren im Norden</title>');
    expect(page).toContain('<h1>Neue Rechenzentren im Norden</h1>');
    expect(page).toMatch(/<\/html>\n$/);
  });

  it('renders a folder of pages on worker threads', () => {
    let count = 100;
    while (!workersPayOff(count, 2)) count += 100;
    for (let i = 0; i < count; i++) {
      const file = path.join(host, 'posts', String(i % 4), `beitrag-${i}.json`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(article(`Beitrag ${i}`)));
    }
    const run = spawnSync(
      'npx',
      ['--no', 'article-kit', 'render', 'posts', '--out-dir', 'site', '--jobs', '2', '--quiet'],
      {
        cwd: host,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^rendered ${count} of ${count} pages on 2 worker threads in `));
    const pages = readdirSync(path.join(host, 'site'), { recursive: true }).filter((f) => String(f).endsWith('.html'));
    expect(pages).toHaveLength(count);
    expect(readFileSync(path.join(host, 'site', '3', 'beitrag-7.html'), 'utf8')).toContain('<title>Beitrag 7</title>');
  });

  it("prints the package's version", () => {
    // After `--`: npm would take a `--version` right after the command name as its own.
    const version = execFileSync('npx', ['--no', '--', 'article-kit', '--version'], { cwd: host, encoding: 'utf8' });
    expect(version).toBe(`${manifest.version}\n`);
  });
});
