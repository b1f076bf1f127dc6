// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/pack-manifest.mjs');

describe('pack-manifest', () => {
  it('ships package.json without scripts and devDependencies, and puts the full file back after', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ak-manifest-'));
    try {
      const full = {
        name: 'article-kit',
        version: '0.2.0',
        exports: { '.': './dist/esm/index.js' },
        peerDependencies: { react: '^19' },
        scripts: { test: 'vitest' },
        devDependencies: { vitest: '^4' },
      };
      const text = JSON.stringify(full, null, 2) + '\n';
      writeFileSync(path.join(dir, 'package.json'), text);
      const run = (command: string) => execFileSync(process.execPath, [script, command], { cwd: dir });

      run('strip');
      const packed = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      expect(packed).toEqual({
        name: 'article-kit',
        version: '0.2.0',
        exports: { '.': './dist/esm/index.js' },
        peerDependencies: { react: '^19' },
      });
      run('restore');
      expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(text);
      expect(existsSync(path.join(dir, '.package.dev.json'))).toBe(false);

      // A pack that stopped before restoring: the next strip starts from the full file.
      run('strip');
      run('strip');
      run('restore');
      expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
