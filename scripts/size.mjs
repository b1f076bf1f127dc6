// Size budgets: bundles what a host pays for each component imported alone from the built
// package entry (dist/), and for the whole entry (minified, gzip level 9; react, react-dom and
// styled-components external), fails over budget, and proves tree-shaking by checking that
// one component's bundle holds no code of the others. Writes reports/size.json.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const KB = 1024;
// Budgets are a ratchet: lowered when a release comes in under them, raised only with a note on
// the issue that asks for the feature that needs the bytes. ArticleBody and `all` carry the
// content blocks (table, code, callout, divider, the two-click embed), the table of contents,
// several authors, breadcrumbs and the update date; NewsletterCta its busy look and confirmation
// panel, and the state a host renders it in; FaqAccordion the slug that keeps every script's letters
// and the seven-language string lookup. The bytes added to a budget below are what the reading
// column took, as measured: the size container and type that follow the column (ArticleBody,
// ArticleLayout), the measure on the FAQ and the navigation, the FAQ's rows between hairlines,
// and the ellipsis of the navigation's clamped titles.
const BUDGETS = [
  { name: 'FaqAccordion', budget: 3.8 * KB + 14 },
  { name: 'PrevNextNav', budget: 1.5 * KB + 46 },
  { name: 'ArticleBody', budget: 8.4 * KB + 123 },
  { name: 'NewsletterCta', budget: 6.5 * KB },
  { name: 'all', budget: 25.1 * KB + 246 },
];
// Markers that only each component's own code contains: its data-ak name and a key of its
// string table (a leak of another component's strings is as bad as a leak of its code).
const MARKERS = {
  FaqAccordion: [/"FaqAccordion"/, /\bfaqTitle:/],
  PrevNextNav: [/"PrevNextNav"/, /\bnavPrevious:/],
  ArticleBody: [/"ArticleBody"/, /\breadingTime:/],
  NewsletterCta: [/"NewsletterCta"/, /\bnewsletterSubmit:/],
  ArticleLayout: [/"ArticleLayout"/],
};

// The language entries (`article-kit/<code>`). A component imported from one holds that language's
// strings and no other's; the root's components hold English and German only, so adding a
// language leaves the root's bundles as they were.
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
const ROOT_LANGUAGES = ['en', 'de'];
// What a language entry's rows measure, with the budget each is held to.
const PER_LANGUAGE = [
  { name: 'PrevNextNav', budget: BUDGETS.find((b) => b.name === 'PrevNextNav').budget },
  { name: 'ArticleLayout', budget: 17.3 * KB + 155 },
];

const root = process.cwd();
const args = process.argv.slice(2);
// --src: measure the sources (same transforms as the build) instead of dist/.
const fromSource = args.includes('--src');
// --out DIR: also write each bundle there, for reading what a host ships.
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : undefined;
if (!fromSource && !existsSync(path.join(root, 'dist', 'esm', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (sizes are measured on the built package).');
  process.exit(1);
}
const scratch = path.join(root, 'node_modules', '.cache', 'article-kit-size');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');

async function measure(name, language) {
  const file = language ? `${language}.${name}` : name;
  const entry = path.join(scratch, `${file}.js`);
  const source = language
    ? path.join(
        root,
        ...(fromSource ? ['src', 'entries', `${language}.ts`] : ['dist', 'esm', 'entries', `${language}.js`]),
      )
    : path.join(root, ...(fromSource ? ['src', 'index.ts'] : ['dist', 'esm', 'index.js']));
  writeFileSync(
    entry,
    name === 'all'
      ? `export * from ${JSON.stringify(source)};\n`
      : `export { ${name} } from ${JSON.stringify(source)};\n`,
  );
  const result = await build({
    configFile: fromSource ? path.join(root, 'scripts', 'size.config.ts') : false,
    logLevel: 'silent',
    root,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: file },
      rolldownOptions: {
        external: (id) => /^(react|react-dom|styled-components)(\/|$)/.test(id),
        // Vite keeps whitespace in ES library output; hosts' bundlers minify it fully.
        output: { minify: true },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code = outputs
    .filter((o) => o.type === 'chunk')
    .map((o) => o.code)
    .join('\n')
    // Library output keeps the pure annotations for the host's bundler; its final bundle has none.
    .replace(/\/\*\s*[#@]__PURE__\s*\*\//g, '');
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `${file}.js`), code);
  }
  return { code, min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

// Every string of every language, from the built language modules (none with --src and no dist/).
const languageModule = (code) =>
  import(pathToFileURL(path.join(root, 'dist', 'esm', 'locales', `${code}.js`)).href).catch(() => ({}));
const strings = {};
for (const code of LANGUAGES) {
  // Not `dateLocale`: a language tag is no text a reader sees, and the date falls back to `en-US`
  // when a host's tag is invalid.
  strings[code] = Object.values(await languageModule(code)).flatMap((table) =>
    Object.entries(table).flatMap(([key, text]) => (typeof text === 'string' && key !== 'dateLocale' ? [text] : [])),
  );
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether the bundle holds the string as a literal: in any quotes, each non-ASCII character raw or escaped. */
function holds(code, text) {
  const pattern = [...text]
    .map((c) => {
      if (/[\x20-\x7e]/.test(c)) return escapeRegExp(c);
      // Escaped as \xfc, \u00fc or \u{fc}, in either case.
      const hex = c
        .codePointAt(0)
        .toString(16)
        .replace(/[a-f]/g, (h) => `[${h}${h.toUpperCase()}]`);
      return `(?:${c}|\\\\u0*${hex}|\\\\u\\{0*${hex}\\}|\\\\x${hex})`;
    })
    .join('');
  return new RegExp(`([\`'"])${pattern}\\1`).test(code);
}
/** Languages other than `own` whose strings (those that differ from every string of `own`) the bundle holds. */
function foreignLanguages(code, own) {
  const mine = new Set(own.flatMap((language) => strings[language]));
  return LANGUAGES.filter(
    (language) => !own.includes(language) && strings[language].some((text) => !mine.has(text) && holds(code, text)),
  );
}

const rows = [];
let failed = false;
for (const { name, budget } of BUDGETS) {
  if (only.length && !only.includes(name)) continue;
  const { code, min, gzip } = await measure(name);
  const over = gzip > budget;
  const foreign =
    name === 'all'
      ? []
      : [
          ...Object.keys(MARKERS).filter((m) => m !== name && MARKERS[m].some((marker) => marker.test(code))),
          // `all` holds `locales`, every language by design; a component holds the root's two.
          ...foreignLanguages(code, ROOT_LANGUAGES).map((language) => `${language} strings`),
        ];
  if (over || foreign.length) failed = true;
  rows.push({ name, min, gzip, budget, ok: !over && foreign.length === 0, foreign });
}
for (const language of fromSource ? [] : LANGUAGES) {
  for (const { name, budget } of PER_LANGUAGE) {
    const label = `${language}:${name}`;
    if (only.length && !only.includes(label) && !only.includes(language)) continue;
    const { code, min, gzip } = await measure(name, language);
    const over = gzip > budget;
    const foreign = foreignLanguages(code, [language]).map((other) => `${other} strings`);
    // The entry's own strings are there: it shows its language, not a fallback.
    const own = name === 'PrevNextNav' ? Object.values((await languageModule(language)).nav) : strings[language];
    const missing = own.filter((text) => !holds(code, text));
    if (missing.length) foreign.push(`not its own strings (${missing.map((t) => JSON.stringify(t)).join(', ')})`);
    if (over || foreign.length) failed = true;
    rows.push({ name: label, min, gzip, budget, ok: !over && foreign.length === 0, foreign });
  }
}

// The browser bundle (`article-kit/browser`): React, React DOM, styled-components and the
// interactive parts in one file, for pages without a React build. Measured as built.
const BROWSER_BUDGET = 92 * KB;
const browserFile = path.join(root, 'dist', 'browser', 'article-kit.js');
if (!fromSource && (!only.length || only.includes('browser'))) {
  if (!existsSync(browserFile)) {
    console.error('dist/browser/article-kit.js is missing: run `npm run build` first.');
    failed = true;
  } else {
    const code = readFileSync(browserFile);
    const gzip = gzipSync(code, { level: 9 }).length;
    if (gzip > BROWSER_BUDGET) failed = true;
    rows.push({
      name: 'browser',
      min: code.length,
      gzip,
      budget: BROWSER_BUDGET,
      ok: gzip <= BROWSER_BUDGET,
      foreign: [],
    });
  }
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('entry', 20)}${pad('min', 10)}${pad('gzip', 10)}${pad('budget', 10)}result`);
for (const r of rows) {
  const verdict = r.ok ? 'ok' : r.foreign.length ? `pulls in ${r.foreign.join(', ')}` : 'OVER BUDGET';
  console.log(
    `${pad(r.name, 20)}${pad(r.min + ' B', 10)}${pad(r.gzip + ' B', 10)}${pad(r.budget + ' B', 10)}${verdict}`,
  );
}
mkdirSync(path.join(root, 'reports'), { recursive: true });
writeFileSync(path.join(root, 'reports', 'size.json'), JSON.stringify(rows, null, 2) + '\n');
process.exit(failed ? 1 : 0);
