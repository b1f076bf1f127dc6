// @vitest-environment node
// The public surface of the package, guarded: the bundled declarations (every exported type's
// shape and every prop with its TSDoc stripped) and the list of value exports are compared with
// the committed reports in api/. An unplanned change to the contract fails with a diff; a
// planned one is accepted with `npm run api:update` and reviewed in the pull request.
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import * as publicApi from '../../src';

async function declarations(): Promise<string> {
  const bundle = await rollup({
    input: 'src/index.ts',
    plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
    external: (id) => /^(react|react-dom|styled-components)(\/|$)/.test(id),
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
});
