// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectInputs, findCollision, outputPath, relativeUrl } from './inputs';

describe('outputPath', () => {
  it('keeps the key below the output folder and makes it .html', () => {
    expect(outputPath('a.json', 'site')).toBe(path.join('site', 'a.html'));
    expect(outputPath('2026/a.json', 'site')).toBe(path.join('site', '2026', 'a.html'));
    expect(outputPath('2026/11/ki-gipfel.md', 'out/de')).toBe(path.join('out', 'de', '2026', '11', 'ki-gipfel.html'));
  });

  it('replaces only the last extension', () => {
    expect(outputPath('v1.2/notes.v2.json', 'site')).toBe(path.join('site', 'v1.2', 'notes.v2.html'));
  });
});

describe('findCollision', () => {
  it('finds two inputs written to the same page', () => {
    const files = [
      { path: 'posts/a.json', key: 'a.json' },
      { path: 'posts/b.json', key: 'b.json' },
      { path: 'drafts/a.md', key: 'a.md' },
    ];
    expect(findCollision(files, 'site')).toEqual([files[0], files[2]]);
  });

  it('finds none when every page has its own file', () => {
    const files = [
      { path: 'posts/2025/a.json', key: '2025/a.json' },
      { path: 'posts/2026/a.json', key: '2026/a.json' },
    ];
    expect(findCollision(files, 'site')).toBeUndefined();
  });
});

describe('relativeUrl', () => {
  it('points from a page to a file with forward slashes', () => {
    const bundle = path.join('site', 'article-kit.js');
    expect(relativeUrl(path.join('site', 'a.html'), bundle)).toBe('article-kit.js');
    expect(relativeUrl(path.join('site', '2026', '11', 'a.html'), bundle)).toBe('../../article-kit.js');
  });
});

describe('collectInputs', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ak-inputs-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const file = (relative: string) => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '{}');
    return full;
  };

  it('expands a directory to its .json and .md files, sorted, with keys below it', async () => {
    for (const name of ['b.json', 'a.md', '2026/z.json', '2026/11/m.json', 'notes.txt', 'bild.png'])
      file(`posts/${name}`);
    const posts = path.join(root, 'posts');
    const { files, directories } = await collectInputs([posts]);
    expect(directories).toEqual([posts]);
    expect(files.map((f) => f.key)).toEqual(['2026/11/m.json', '2026/z.json', 'a.md', 'b.json']);
    expect(files[0]!.path).toBe(path.join(posts, '2026', '11', 'm.json'));
  });

  it('skips dot entries and node_modules, follows links to files but not to folders', async () => {
    file('posts/.entwurf.json');
    file('posts/.git/config.json');
    file('posts/node_modules/pkg/package.json');
    const target = file('elsewhere/geteilt.json');
    symlinkSync(target, path.join(root, 'posts', 'geteilt.json'));
    // A link back up would loop; a dangling link is kept, so reading it reports the problem.
    symlinkSync(path.join(root, 'posts'), path.join(root, 'posts', 'schleife.json'));
    symlinkSync(path.join(root, 'gibt-es-nicht.json'), path.join(root, 'posts', 'verwaist.json'));
    const { files } = await collectInputs([path.join(root, 'posts')]);
    expect(files.map((f) => f.key)).toEqual(['geteilt.json', 'verwaist.json']);
  });

  it('keeps files named directly with their file name as key, missing ones included', async () => {
    const a = file('posts/2026/a.json');
    const missing = path.join(root, 'fehlt.json');
    const { files, directories } = await collectInputs([a, missing, '-']);
    expect(directories).toEqual([]);
    expect(files).toEqual([
      { path: a, key: 'a.json' },
      { path: missing, key: 'fehlt.json' },
      { path: '-', key: '-' },
    ]);
  });
});
