// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyFileAtomic, tempPath, writeFileAtomic } from './atomic';

describe('atomic writes', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'ak-atomic-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('names the temporary file after the target, hidden, in the same folder', () => {
    const temp = tempPath(path.join(folder, 'seite.html'));
    expect(path.dirname(temp)).toBe(folder);
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.seite\\.html\\.${process.pid}\\.\\d+\\.tmp$`));
    expect(tempPath(path.join(folder, 'seite.html'))).not.toBe(temp);
  });

  it('replaces the target and leaves nothing else', () => {
    const target = path.join(folder, 'seite.html');
    writeFileSync(target, 'alt');
    writeFileAtomic(target, '<!doctype html>neu</html>');
    expect(readFileSync(target, 'utf8')).toBe('<!doctype html>neu</html>');
    copyFileAtomic(target, path.join(folder, 'kopie.html'));
    expect(readdirSync(folder).sort()).toEqual(['kopie.html', 'seite.html']);
  });

  it('removes the temporary file and keeps the old target when the rename fails', () => {
    // A folder in the target's place: the rename fails after the temporary file was written.
    const target = path.join(folder, 'seite.html');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inhalt'), 'bleibt');
    expect(() => writeFileAtomic(target, 'neu')).toThrow();
    expect(readdirSync(folder)).toEqual(['seite.html']);
    expect(readFileSync(path.join(target, 'inhalt'), 'utf8')).toBe('bleibt');
  });
});
