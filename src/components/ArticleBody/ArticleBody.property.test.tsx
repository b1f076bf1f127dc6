import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { ArticleBody } from '.';
import type { BlockComponents } from './blockComponents';

// Values a JSON feed or a CMS could put in any field, right or wrong.
const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom('', '   ', 'Fazit', 'Hochleistungs-KI-Chips', '<script>alert(1)</script>', 'javascript:alert(1)'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const href = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    '/artikel/chips',
    '#fazit',
    'mailto:redaktion@example.com',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
  ),
  fc.string(),
  anyValue,
);

const { inline } = fc.letrec((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.record({ type: fc.constantFrom('strong', 'em'), children: fc.array(tie('inline'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('code'), text: anyValue }),
    fc.record({
      type: fc.constant('link'),
      href,
      children: fc.array(tie('inline'), { maxLength: 3 }),
      title: anyValue,
    }),
    fc.record({ type: anyValue, children: fc.oneof(fc.array(tie('inline'), { maxLength: 2 }), anyValue) }),
    anyValue,
  ),
}));

const builtIn = fc.oneof(
  fc.record(
    {
      type: fc.constant('heading'),
      text: fc.oneof(fc.constantFrom('Fazit', 'Fazit', 'Ausblick'), anyValue),
      level: anyValue,
      id: anyValue,
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('paragraph'), text: anyValue }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('paragraph'), content: fc.oneof(fc.array(inline, { maxLength: 5 }), anyValue) }),
  fc.record({
    type: fc.constant('list'),
    ordered: anyValue,
    items: fc.oneof(fc.array(fc.oneof(inline, anyValue)), anyValue),
  }),
  fc.record({ type: fc.constant('quote'), text: anyValue, cite: anyValue }, { requiredKeys: ['type'] }),
  fc.record(
    { type: fc.constant('image'), src: href, alt: anyValue, caption: anyValue, width: anyValue, height: anyValue },
    { requiredKeys: ['type'] },
  ),
  fc.constant({ type: 'newsletter' }),
);

const block = fc.oneof(
  { weight: 4, arbitrary: builtIn },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('chart', 'poll', 'constructor', '__proto__') }) },
  { weight: 1, arbitrary: anyValue },
);

const components: BlockComponents = {
  chart: ({ index }) => <figure>{`Diagramm ${index}`}</figure>,
  newsletter: () => <aside aria-label="Newsletter">Newsletter</aside>,
};

describe('ArticleBody with random data', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(() => {
    warn.mockRestore();
  });

  it('renders thousands of random block lists without throwing, unsafe URLs or markup from data', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 12 }),
        fc.oneof(anyValue, fc.constantFrom('2025-11-28', '2025-02-30')),
        fc.boolean(),
        (blocks, publishedAt, withRenderers) => {
          const html = renderToString(
            <ArticleBody
              title="Titel"
              publishedAt={publishedAt as string}
              blocks={blocks as never}
              components={withRenderers ? components : undefined}
            />,
          );
          // Every URL attribute is one safeHref lets through.
          for (const [, value] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
            expect(value!.replace(/&amp;/g, '&').replace(/[\s\p{Cc}]/gu, '')).not.toMatch(
              /^(javascript|vbscript|data|file|blob):/i,
            );
          }
          expect(html).not.toMatch(/<script|<img[^>]*onerror/i);
          // Heading anchors stay unique.
          const ids = [...html.matchAll(/<h[2-4] id="([^"]*)"/g)].map((m) => m[1]);
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);
});
