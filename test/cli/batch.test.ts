// Large batches: worker threads give the same bytes as the single process, shards partition the
// inputs, and an interrupted or killed run leaves only complete pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workersPayOff } from '../../src/cli/main';
import { shardOf } from '../../src/cli/shard';
import { article, cli, listFiles, scratch, startCli, until } from './helpers';

const { dir, write } = scratch();

/** `count` articles in `folder`, spread over sub-folders of 100. */
function batch(folder: string, count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const key = `${String(Math.floor(i / 100)).padStart(2, '0')}/beitrag-${i}.json`;
    write(`${folder}/${key}`, article(`Beitrag ${i}: Rechenzentren im Norden`));
    keys.push(key);
  }
  return keys;
}

const html = (keys: string[]) => keys.map((key) => key.replace(/\.json$/, '.html')).sort();
const read = (file: string) => readFileSync(file, 'utf8');

describe('worker threads', () => {
  it('write the same bytes as rendering in one process, with one line per page', () => {
    // Enough pages for two worker threads, which start only where they pay off.
    let count = 100;
    while (!workersPayOff(count, 2)) count += 100;
    const keys = batch('gleich', count);
    const threads = cli(['render', 'gleich', '--out-dir', 'mit-threads', '--jobs', '2'], { cwd: dir });
    const single = cli(['render', 'gleich', '--out-dir', 'ohne-threads', '--jobs', '1'], { cwd: dir });
    expect([threads.code, single.code]).toEqual([0, 0]);
    const files = listFiles(path.join(dir, 'mit-threads'));
    expect(files).toEqual(html(keys));
    expect(listFiles(path.join(dir, 'ohne-threads'))).toEqual(files);
    for (const file of files) {
      expect(read(path.join(dir, 'mit-threads', file)), file).toBe(read(path.join(dir, 'ohne-threads', file)));
    }
    expect(read(path.join(dir, 'mit-threads/00/beitrag-7.html'))).toContain(
      '<title>Beitrag 7: Rechenzentren im Norden</title>',
    );
    expect(threads.stderr.split('\n').filter((line) => line.startsWith('ok    '))).toHaveLength(count);
    expect(threads.stderr).toMatch(
      new RegExp(`\nrendered ${count} of ${count} pages on 2 worker threads in \\d+\\.\\d\\d s \\(\\d+ pages/s\\)\n$`),
    );
    expect(single.stderr).toMatch(new RegExp(`\nrendered ${count} of ${count} pages in `));
  });
});

describe('--shard', () => {
  it('1/3, 2/3 and 3/3 partition the inputs exactly, each by the hash of its key', () => {
    const keys = batch('geteilt', 90);
    const parts = [1, 2, 3].map((index) => {
      const run = cli(['render', 'geteilt', '--out-dir', `teil-${index}`, '--shard', `${index}/3`], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`rendered \\d+ of \\d+ pages \\(shard ${index}/3 of 90 inputs\\)`));
      return listFiles(path.join(dir, `teil-${index}`));
    });
    for (const [i, part] of parts.entries()) {
      expect(part.length).toBeGreaterThan(0);
      expect(part).toEqual(html(keys.filter((key) => shardOf(key, 3) === i + 1)));
    }
    expect(parts.flat().sort()).toEqual(html(keys));
    expect(new Set(parts.flat()).size).toBe(keys.length);
  });
});

describe('an interrupted run', () => {
  const COUNT = 3000;

  beforeAll(() => {
    batch('viele', COUNT);
    // The reference: the same batch, run to its end.
    expect(cli(['render', 'viele', '--out-dir', 'komplett', '--quiet'], { cwd: dir }).code).toBe(0);
  });

  /** Starts the batch and waits until `pages` pages were reported written. */
  async function startAndWait(out: string, pages: number) {
    const run = startCli(['render', 'viele', '--out-dir', out, '--jobs', '2'], dir);
    let stderr = '';
    run.child.stderr.on('data', (chunk: string) => (stderr += chunk));
    await until(() => (stderr.match(/^ok {4}/gm)?.length ?? 0) >= pages);
    return run;
  }

  /** The pages written so far: each must be exactly the complete page. */
  function checkPages(out: string): string[] {
    const files = listFiles(path.join(dir, out));
    const pages = files.filter((file) => file.endsWith('.html'));
    for (const page of pages) {
      const text = read(path.join(dir, out, page));
      expect(text.endsWith('</html>\n'), page).toBe(true);
      expect(text, page).toBe(read(path.join(dir, 'komplett', page)));
    }
    return files;
  }

  it('killed with SIGKILL leaves only complete pages', async () => {
    const { child, done } = await startAndWait('getoetet', 200);
    child.kill('SIGKILL');
    const result = await done;
    expect(result.signal).toBe('SIGKILL');
    const files = checkPages('getoetet');
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(200);
    expect(pages.length).toBeLessThan(COUNT);
    // Anything else is a temporary file of a page that was being written: hidden, never a page.
    for (const other of files.filter((file) => !file.endsWith('.html'))) {
      expect(path.basename(other)).toMatch(/^\.beitrag-\d+\.html\.\d+\.\d+\.tmp$/);
    }
  });

  it('stopped with SIGTERM finishes the pages being written, exits 143 and says how far it got', async () => {
    const { child, done } = await startAndWait('beendet', 200);
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(143);
    const files = checkPages('beendet');
    expect(files.every((file) => file.endsWith('.html'))).toBe(true);
    expect(files.length).toBeLessThan(COUNT);
    const summary = result.stderr.trim().split('\n').at(-1)!;
    expect(summary).toMatch(
      new RegExp(`^SIGTERM: rendered ${files.length} of ${COUNT} pages on 2 worker threads in .*, \\d+ not started$`),
    );
  });

  it('stopped with SIGINT (Ctrl+C) exits 130', async () => {
    const { child, done } = await startAndWait('abgebrochen', 100);
    child.kill('SIGINT');
    const result = await done;
    expect(result.code).toBe(130);
    expect(checkPages('abgebrochen').every((file) => file.endsWith('.html'))).toBe(true);
  });
});
