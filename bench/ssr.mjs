// SSR benchmark. Renders the full article page and, one at a time, its parts (body, FAQ, newsletter,
// nav, provider), each in two ways: with a fresh ServerStyleSheet per render, as a host with its own
// React SSR does (styled-components compiles every part's CSS on each render), and without a sheet
// (styled-components' process-wide sheet keeps the compiled CSS, so only the components run). Also
// `renderArticlePage` from article-kit/server, which keeps one stylesheet for the process. Each
// is compared with the same HTML rendered as plain React elements (no components, no styles), in
// the same process. Prints medians and ratios, writes reports/bench-ssr.json. It reports; it does
// not assert. Run `npm run build` first: the library is measured as shipped.
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
const { renderArticlePage } = await import('../dist/esm/server/index.js');
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

const newsletterProps = {
  title: 'KI WEEKLY',
  description: 'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach.',
  badge: 'Jeden Sonntag neu!',
  action: '/newsletter',
  method: 'post',
};

// The plain side: the library's own server HTML turned back into plain React elements once,
// before timing (same elements, attributes and text, class names as strings, no style sheet).
// This measures exactly what the components and their styles cost.
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
  autocapitalize: 'autoCapitalize',
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

/** Plain React elements for an HTML fragment. */
function mirrorOf(html) {
  const { body } = new JSDOM(`<body>${html}</body>`).window.document;
  return h(React.Fragment, null, ...[...body.childNodes].map((child, i) => toElement(child, i)));
}

// The parts as a host composes them; the full page is ArticleLayout (all parts plus JSON-LD)
// in the provider. The provider part renders the wrapper alone.
const { newsletter: _slot, ...bodyArticle } = { ...article, newsletter: undefined };
const parts = {
  page: () =>
    h(
      kit.ArticleKitProvider,
      { locale: 'de' },
      h(kit.ArticleLayout, { article, structuredData: true, newsletter: newsletterProps }),
    ),
  body: () =>
    h(kit.ArticleBody, {
      ...bodyArticle,
      blocks: article.blocks.filter((block) => block.type !== 'newsletter'),
      locale: 'de',
    }),
  faq: () => h(kit.FaqAccordion, { items: article.faq, locale: 'de' }),
  newsletter: () => h(kit.NewsletterCta, { ...newsletterProps, locale: 'de' }),
  nav: () => h(kit.PrevNextNav, { prev: article.prev, next: article.next, locale: 'de' }),
  provider: () => h(kit.ArticleKitProvider, { locale: 'de' }),
};

/** One render with a fresh ServerStyleSheet, as a host's own SSR does per request. */
function withSheet(element) {
  const sheet = new ServerStyleSheet();
  try {
    return renderToString(sheet.collectStyles(element())).length + sheet.getStyleTags().length;
  } finally {
    sheet.seal();
  }
}
/** One render without a sheet: styled-components' process-wide sheet keeps each part's CSS. */
const withoutSheet = (element) => renderToString(element()).length;

const page = { article, newsletter: newsletterProps, locale: 'de' };
const cases = [];
for (const [name, element] of Object.entries(parts)) {
  const html = renderToString(element());
  const mirror = mirrorOf(html);
  const plainHtml = renderToString(mirror);
  if (plainHtml !== html) console.warn(`${name}: the plain tree's HTML differs from the library's`);
  if (process.env.BENCH_DIFF && plainHtml !== html) console.log(html, '\n', plainHtml);
  cases.push({
    name,
    html,
    plainHtml,
    sheet: () => withSheet(element),
    noSheet: () => withoutSheet(element),
    plain: () => renderToString(mirror).length,
  });
}
{
  const { html } = renderArticlePage(page);
  const mirror = mirrorOf(html);
  cases.push({
    name: 'renderArticlePage',
    html,
    plainHtml: renderToString(mirror),
    longLived: () => renderArticlePage(page).html.length,
    plain: () => renderToString(mirror).length,
  });
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
const MODES = ['sheet', 'noSheet', 'longLived', 'plain'];
// Warm up every side so the JIT and styled-components' caches settle, then interleave them in
// blocks, so that load from other processes falls on all of them alike.
const times = new Map(cases.map((c) => [c, Object.fromEntries(MODES.filter((m) => c[m]).map((m) => [m, []]))]));
for (const c of cases) for (const mode of Object.keys(times.get(c))) sample(c[mode], 100);
for (let block = 0; block < 8; block++) {
  for (const c of cases) {
    for (const [mode, list] of Object.entries(times.get(c))) list.push(...sample(c[mode], ROUNDS / 8));
  }
}

const ms = (values) => Number(median(values).toFixed(4));
const ratio = (values, plain) => Number((median(values) / median(plain)).toFixed(2));
const result = { rounds: ROUNDS, node: process.version, target: 8, parts: {} };
for (const c of cases) {
  const t = times.get(c);
  const entry = { htmlBytes: { library: c.html.length, plain: c.plainHtml.length }, plainMs: ms(t.plain) };
  for (const mode of ['sheet', 'noSheet', 'longLived']) {
    if (!t[mode]) continue;
    entry[`${mode}Ms`] = ms(t[mode]);
    entry[`${mode}Ratio`] = ratio(t[mode], t.plain);
  }
  if (c.name === 'page' || c.name === 'renderArticlePage') result[c.name] = entry;
  else result.parts[c.name] = entry;
}

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

const pad = (value, width) => String(value).padStart(width);
const row = (name, e) =>
  `  ${name.padEnd(18)}${pad(e.plainMs, 9)}${pad(e.sheetMs ?? '', 10)}${pad(e.sheetRatio ? `${e.sheetRatio}x` : '', 9)}` +
  `${pad(e.noSheetMs ?? e.longLivedMs, 10)}${pad(`${e.noSheetRatio ?? e.longLivedRatio}x`, 9)}${pad(e.htmlBytes.library, 8)}`;
console.log(`SSR, ${ROUNDS} rounds each, median ms; ratio = time / the same HTML as plain React elements`);
console.log('  part                  plain   fresh sheet ratio   no sheet    ratio   HTML B');
console.log(row('full page', result.page));
for (const [name, e] of Object.entries(result.parts)) console.log(row(name, e));
console.log(row('renderArticlePage', result.renderArticlePage) + '  (one long-lived sheet)');
console.log(
  `Host SSR (fresh ServerStyleSheet per render): ${result.page.sheetRatio}x; renderArticlePage: ` +
    `${result.renderArticlePage.longLivedRatio}x (target <= ${result.target}x)`,
);
console.log(
  `Article with ${repeated} identical headings and ${repeated} identical FAQ questions: ${result.repeatedIds.ms} ms`,
);
