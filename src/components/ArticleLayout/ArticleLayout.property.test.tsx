import * as React from 'react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { DANGEROUS_SCHEME, payloads } from '../../../test/security/payloads';
import type * as WarnModule from '../../internal/warn';
import type { Article, CustomBlock } from '../../schema/types';
import type { BlockRendererProps } from '../ArticleBody';
import type * as ValidateModule from '../../schema/validateArticle';
import { validateArticle } from '../../schema/validateArticle';
import { BLOCK_EXAMPLES } from '../../blocks/examples';
import { ArticleLayout, type ArticleLayoutProps } from '.';

// Thousands of broken articles would flood the output with development warnings.
vi.mock('../../internal/warn', async (importOriginal) => ({
  ...(await importOriginal<typeof WarnModule>()),
  devWarn: () => {},
}));

// The real validator, watched, to tell which path the layout took.
vi.mock('../../schema/validateArticle', async (importOriginal) => {
  const original = await importOriginal<typeof ValidateModule>();
  return { ...original, validateArticle: vi.fn(original.validateArticle) };
});

const junk = fc.anything({ maxDepth: 2, withBigInt: true, withMap: true, withSet: true, withDate: true });
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', minLength: 1 }),
  fc.constantFrom(...payloads.map((p) => p.text), 'Hochleistungs-KI-Chips', '  ', 'Fazit'),
);
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    '/artikel/ki-verordnung',
    '#fazit',
    '//cdn.example/bild.jpg',
    'mailto:redaktion@example.de',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ),
  fc.string(),
);

const { inline } = fc.letrec<{ inline: unknown }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      type: fc.constantFrom('strong', 'em', 'blink'),
      children: maybe(fc.array(tie('inline'), { maxLength: 3 })),
    }),
    fc.record({ type: fc.constant('code'), text: maybe(text) }),
    fc.record(
      {
        type: fc.constant('link'),
        href: maybe(url),
        children: maybe(fc.array(tie('inline'), { maxLength: 3 })),
        title: maybe(text),
      },
      { requiredKeys: ['type'] },
    ),
    junk,
  ),
}));

// Every built-in block type from its own examples (src/blocks/<type>/), with each field kept,
// replaced by random text, an address, rich content or junk: a new block type is fuzzed as soon as
// it has an example.
const fromExamples = Object.values(BLOCK_EXAMPLES)
  .flat()
  .map((example) =>
    fc.record(
      Object.fromEntries(
        Object.entries(example).map(([key, value]) => [
          key,
          key === 'type'
            ? fc.constant(value)
            : fc.oneof(
                { weight: 3, arbitrary: fc.constant(value) },
                text,
                url,
                fc.array(fc.oneof(text, fc.array(inline, { maxLength: 3 })), { maxLength: 4 }),
                junk,
              ),
        ]),
      ),
      { requiredKeys: ['type'] },
    ),
  );

const block = fc.oneof(
  ...fromExamples,
  fc.record(
    { type: fc.constant('heading'), text: maybe(text), level: maybe(fc.constantFrom(2, 3, 4)), id: maybe(text) },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('paragraph'), text: maybe(text) }, { requiredKeys: ['type'] }),
  fc.record(
    { type: fc.constant('paragraph'), content: maybe(fc.array(inline, { maxLength: 5 })), text: maybe(text) },
    { requiredKeys: ['type'] },
  ),
  fc.record(
    { type: fc.constant('list'), ordered: maybe(fc.boolean()), items: maybe(fc.array(maybe(text))) },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('quote'), text: maybe(text), cite: maybe(text) }, { requiredKeys: ['type'] }),
  fc.record(
    {
      type: fc.constant('image'),
      src: maybe(url),
      alt: maybe(text),
      caption: maybe(text),
      width: maybe(fc.double()),
      height: maybe(fc.integer()),
    },
    { requiredKeys: ['type'] },
  ),
  fc.constant({ type: 'newsletter' }),
  fc.record({ type: fc.constantFrom('chart', 'poll', '__proto__', 'constructor', 'toString'), caption: maybe(text) }),
  junk,
);

const answer = fc.oneof(
  text,
  fc.array(fc.oneof(text, fc.integer()), { maxLength: 3 }),
  fc.constant(React.createElement('p', null, 'Eine Antwort mit ', React.createElement('strong', null, 'Betonung'))),
  junk,
);
const faqItem = fc.oneof(fc.record({ id: maybe(text), question: maybe(text), answer }, { requiredKeys: [] }), junk);
const navLink = fc.oneof(fc.record({ href: maybe(url), title: maybe(text) }, { requiredKeys: [] }), junk);

const article = fc.record(
  {
    title: maybe(text),
    lead: maybe(text),
    publishedAt: maybe(
      fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        text,
      ),
    ),
    author: maybe(fc.record({ name: maybe(text), url: maybe(url) }, { requiredKeys: [] })),
    blocks: maybe(fc.array(block, { maxLength: 12 })),
    faq: maybe(fc.array(faqItem, { maxLength: 8 })),
    prev: navLink,
    next: navLink,
  },
  { requiredKeys: [] },
);

const layoutProps = fc.record({
  article: fc.oneof({ weight: 9, arbitrary: article }, { weight: 1, arbitrary: junk }),
  locale: fc.constantFrom('de' as const, 'en' as const, undefined),
  structuredData: fc.boolean(),
  newsletter: fc.option(
    fc.record({ title: text, action: fc.option(url, { nil: undefined }) }, { requiredKeys: ['title'] }),
    { nil: undefined },
  ),
  faqType: fc.constantFrom('single' as const, 'multiple' as const),
  customRenderers: fc.boolean(),
});

function Chart({ block }: BlockRendererProps<CustomBlock>) {
  return <figure>{typeof block.caption === 'string' ? block.caption : 'Diagramm'}</figure>;
}

function renderPage(props: ArticleLayoutProps): string {
  const sheet = new ServerStyleSheet();
  try {
    return renderToString(sheet.collectStyles(<ArticleLayout {...props} />)) + sheet.getStyleTags();
  } finally {
    sheet.seal();
  }
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

type LayoutCase = fc.Arbitrary<typeof layoutProps extends fc.Arbitrary<infer T> ? T : never>;

function pageProps({
  article: data,
  locale,
  structuredData,
  newsletter,
  faqType,
  customRenderers,
}: LayoutCase extends fc.Arbitrary<infer T> ? T : never): ArticleLayoutProps {
  return {
    article: data as Article,
    locale,
    structuredData,
    newsletter,
    faqProps: { type: faqType },
    bodyProps: customRenderers ? { components: { chart: Chart, poll: Chart } } : undefined,
  };
}

/** The page renders, with no unsafe URL in any attribute and no script but the JSON-LD. */
function expectSafePage(html: string) {
  expect(html).toContain('data-ak="ArticleLayout"');
  // Browsers drop control characters and spaces inside a scheme, so the check does too.
  // eslint-disable-next-line no-control-regex
  const ignored = /[\u0000-\u0020]+/g;
  for (const [, attribute, value] of html.matchAll(/\s(href|src|action|formaction)="([^"]*)"/g)) {
    expect(decode(value!).replace(ignored, ''), attribute).not.toMatch(DANGEROUS_SCHEME);
  }
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.every((tag) => tag.includes('type="application/ld+json"'))).toBe(true);
  expect(scripts.length).toBeLessThanOrEqual(1);
}

/** Renders with `process.env.NODE_ENV` set as a host's bundler sets it. */
function renderAs(env: 'production' | 'development', props: ArticleLayoutProps): string {
  vi.stubEnv('NODE_ENV', env);
  try {
    return renderPage(props);
  } finally {
    vi.unstubAllEnvs();
  }
}

/** The parts of a page that show what the article's data allowed. */
function shownParts(html: string) {
  return {
    // Every heading: the title, the sections, the signup box's and the FAQ's questions.
    headings: [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, level, text]) => `h${level} ${text}`),
    signupBoxes: html.split('data-ak="NewsletterCta"').length - 1,
    nav: /<nav\b[\s\S]*?<\/nav>/.exec(html)?.[0],
    jsonLd: /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1],
  };
}

// `npm run test:fuzz` raises this to 10,000 articles; the everyday lane keeps it quick.
const FUZZ_RUNS = Number(process.env.AK_FUZZ_RUNS) || 300;

describe('ArticleLayout with random articles', () => {
  it(`fuzz: ${FUZZ_RUNS} random and malformed articles render on the server, and validation names each bad field`, () => {
    fc.assert(
      fc.property(layoutProps, (props) => {
        expectSafePage(renderPage(pageProps(props)));
        const { problems } = validateArticle(props.article);
        for (const problem of problems) {
          // "article.blocks[3].text must be a string": a path into the data, then what is wrong.
          expect(problem).toMatch(/^article(\.[A-Za-z@]+|\[\d+\])* [a-z"]/);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 600_000);

  it('renders every article on the server without throwing, and never renders an unsafe URL or script', () => {
    fc.assert(
      fc.property(layoutProps, (props) => {
        expectSafePage(renderPage(pageProps(props)));
      }),
      { numRuns: 400 },
    );
  });

  it('in production, skips the validator and still renders every article safely, showing what development shows', () => {
    const validate = vi.mocked(validateArticle);
    fc.assert(
      fc.property(layoutProps, (props) => {
        validate.mockClear();
        const production = renderAs('production', pageProps(props));
        expect(validate).not.toHaveBeenCalled();
        expectSafePage(production);
        // The parts skip on their own what the validator leaves out in development: the same
        // headings, signup box, links and structured data come out either way.
        const development = renderAs('development', pageProps(props));
        expect(validate).toHaveBeenCalledTimes(1);
        expect(shownParts(production)).toEqual(shownParts(development));
      }),
      { numRuns: 400 },
    );
  });

  it('renders the validated article identically to the raw one', () => {
    // The layout shows exactly what the validator keeps: validating twice changes nothing.
    fc.assert(
      fc.property(article, (data) => {
        const once = validateArticle(data);
        const twice = validateArticle(once.article);
        // The one thing the validator cannot repair is a missing title: it leaves an empty one.
        expect(twice.problems.filter((p) => p !== 'article.title must not be empty')).toEqual([]);
        expect(twice.article).toEqual(once.article);
        expect(renderPage({ article: once.article, locale: 'de' })).toBe(
          renderPage({ article: data as Article, locale: 'de' }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
