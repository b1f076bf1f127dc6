// SSR benchmark: renders the full article page with renderToString + ServerStyleSheet, and in
// the same process a plain React tree with the same elements and no styled-components. Prints medians and the ratio, writes reports/bench-ssr.json. It reports;
// it does not assert. Run `npm run build` first: the library is measured as shipped.
process.env.NODE_ENV = 'production';

const { mkdirSync, writeFileSync, existsSync } = await import('node:fs');
const { performance } = await import('node:perf_hooks');
if (!existsSync('dist/esm/index.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const React = (await import('react')).default;
const { renderToString } = await import('react-dom/server');
const { ServerStyleSheet } = await import('styled-components');
const kit = await import('../dist/esm/index.js');
const { createServer } = await import('vite');

// The demo article is TypeScript; Vite's SSR loader reads it without a build step.
const vite = await createServer({
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
const { demoArticleDe: article } = await vite.ssrLoadModule('/stories/demo/article.de.ts');
await vite.close();

const h = React.createElement;

function librarySide() {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(
      sheet.collectStyles(
        h(
          kit.ArticleKitProvider,
          { locale: 'de' },
          h(kit.ArticleLayout, { article, structuredData: true, newsletter: newsletterProps }),
        ),
      ),
    );
    return html.length + sheet.getStyleTags().length;
  } finally {
    sheet.seal();
  }
}

const newsletterProps = {
  title: 'KI WEEKLY',
  description: 'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach.',
  badge: 'Jeden Sonntag neu!',
  action: '/newsletter',
  method: 'post',
};

// The same page without styled-components: the library's own server HTML turned back into plain
// React elements once, before timing (same elements, attributes and text, class names as
// strings, no style sheet). This measures exactly what the components and their styles cost.
const { JSDOM } = await import('jsdom');
const ATTRIBUTE_NAMES = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  novalidate: 'noValidate',
  autocomplete: 'autoComplete',
  maxlength: 'maxLength',
  inputmode: 'inputMode',
  enterkeyhint: 'enterKeyHint',
  spellcheck: 'spellCheck',
  datetime: 'dateTime',
  srcset: 'srcSet',
  crossorigin: 'crossOrigin',
  'accept-charset': 'acceptCharset',
  'stroke-width': 'strokeWidth',
  'stroke-linecap': 'strokeLinecap',
  'stroke-linejoin': 'strokeLinejoin',
};
const BOOLEAN = new Set(['hidden', 'open', 'required', 'disabled', 'checked', 'readOnly', 'noValidate', 'multiple']);

function styleObject(text) {
  const style = {};
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const key = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    style[key] = declaration.slice(colon + 1).trim();
  }
  return style;
}

function toElement(node, key) {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType !== 1) return null;
  const props = { key };
  for (const { name, value } of node.attributes) {
    const prop = ATTRIBUTE_NAMES[name] ?? name;
    if (prop === 'style') props.style = styleObject(value);
    else if (BOOLEAN.has(prop)) props[prop] = prop === 'hidden' && value ? value : true;
    else props[prop] = value;
  }
  const tag = node.localName;
  if (tag === 'script' || tag === 'style')
    return h(tag, { ...props, dangerouslySetInnerHTML: { __html: node.textContent } });
  if (['input', 'img', 'br', 'hr', 'meta', 'link', 'source'].includes(tag)) return h(tag, props);
  return h(tag, props, ...[...node.childNodes].map((child, i) => toElement(child, i)));
}

const libraryHtml = renderToString(
  h(
    kit.ArticleKitProvider,
    { locale: 'de' },
    h(kit.ArticleLayout, { article, structuredData: true, newsletter: newsletterProps }),
  ),
);
const mirror = toElement(new JSDOM(`<body>${libraryHtml}</body>`).window.document.body.firstElementChild, 'root');
const mirrorHtml = renderToString(mirror);

function plainTree() {
  return renderToString(mirror).length;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function sample(fn, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
// Warm up both sides so the JIT and styled-components' caches settle, then interleave.
sample(librarySide, 100);
sample(plainTree, 100);
const lib = [];
const plain = [];
for (let block = 0; block < 8; block++) {
  lib.push(...sample(librarySide, ROUNDS / 8));
  plain.push(...sample(plainTree, ROUNDS / 8));
}

const result = {
  rounds: ROUNDS,
  htmlBytes: { library: libraryHtml.length, plain: mirrorHtml.length },
  node: process.version,
  libraryMedianMs: Number(median(lib).toFixed(4)),
  plainMedianMs: Number(median(plain).toFixed(4)),
  ratio: Number((median(lib) / median(plain)).toFixed(2)),
  target: 2.0,
  stretch: 1.3,
};
// A CMS article at its worst: 5,000 headings and 5,000 FAQ questions, all with the same text, so
// every id needs a unique suffix. Its cost should grow with the article, not with its square.
const repeated = 5000;
const worst = {
  ...article,
  blocks: Array.from({ length: repeated }, () => ({ type: 'heading', text: 'Fazit' })),
  faq: Array.from({ length: repeated }, () => ({ question: 'Was kostet es?', answer: 'Nichts.' })),
};
const worstStart = performance.now();
renderToString(h(kit.ArticleLayout, { article: worst, locale: 'de' }));
result.repeatedIds = { headingsAndQuestions: repeated, ms: Number((performance.now() - worstStart).toFixed(1)) };

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-ssr.json', JSON.stringify(result, null, 2) + '\n');
console.log(`SSR full article page, ${ROUNDS} rounds each (median):`);
console.log(`  article-kit (renderToString + ServerStyleSheet): ${result.libraryMedianMs} ms`);
console.log(`  plain React tree, same elements:                 ${result.plainMedianMs} ms`);
console.log(`  ratio: ${result.ratio} (target <= ${result.target}, stretch ${result.stretch})`);
console.log(`  HTML: ${libraryHtml.length} B from the library, ${mirrorHtml.length} B from the plain tree`);
console.log(
  `Article with ${repeated} identical headings and ${repeated} identical FAQ questions: ${result.repeatedIds.ms} ms`,
);
