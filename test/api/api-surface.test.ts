// @vitest-environment node
// The public surface of the package, guarded: the bundled declarations (every exported type's
// shape and every prop with its TSDoc stripped) and the list of value exports are compared with
// the committed reports in api/. An unplanned change to the contract fails with a diff; a
// planned one is accepted with `npm run api:update` and reviewed in the pull request.
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import path from 'node:path';
import * as publicApi from '../../src';
import * as serverApi from '../../src/server';

const ROOT_ENTRY = path.resolve('src/index.ts');

/** The declarations of an entry; the server entry's refer to the root's types by import. */
async function declarations(input = 'src/index.ts'): Promise<string> {
  const bundle = await rollup({
    input,
    plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
    external: (id) =>
      /^(react|react-dom|styled-components)(\/|$)/.test(id) ||
      (input !== 'src/index.ts' && path.resolve(id) === ROOT_ENTRY),
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Declarations without comments and blank lines: the shapes, not their prose. */
function shapes(code: string): string {
  return (
    code
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '')
      .join('\n') + '\n'
  );
}

describe('public API', () => {
  it('keeps the value exports of the contract', async () => {
    const names = Object.keys(publicApi).sort();
    await expect(names.join('\n') + '\n').toMatchFileSnapshot('../../api/value-exports.txt');
  });

  it('keeps the shapes of the exported types and props', async () => {
    await expect(shapes(await declarations())).toMatchFileSnapshot('../../api/article-kit.d.ts.snap');
  }, 60_000);

  it('keeps the exports and shapes of article-kit/server', async () => {
    await expect(Object.keys(serverApi).sort().join('\n') + '\n').toMatchFileSnapshot(
      '../../api/server-value-exports.txt',
    );
    await expect(shapes(await declarations('src/server/index.ts'))).toMatchFileSnapshot('../../api/server.d.ts.snap');
  }, 60_000);
});
