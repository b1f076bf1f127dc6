// Installs the packed tarball into a scratch folder, as a host site would, and renders the
// article view from plain Node through `import` and through `require`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { installTarball } from './install';

let host = '';

const CONTRACT_VALUES = ['ArticleKitProvider', 'createTheme', 'defaultTheme', 'locales'];

beforeAll(() => {
  ({ host } = installTarball('ak-host-'));
});

afterAll(() => {
  if (host) rmSync(host, { recursive: true, force: true });
});

/** The same page, written once for both module systems. */
const page = (load: string) => `
${load}
const h = React.createElement;
function Labels() {
  const { labels } = ak.useArticleKit({}, ak.locales);
  return h('p', null, labels.navPrevious + ' | ' + labels.navNext + ' | ' + labels.newsletterPrivacyNote);
}
const theme = ak.createTheme({ colors: { accent: '#8a1c7c' } });
const sheet = new sc.ServerStyleSheet();
const html = server.renderToString(
  sheet.collectStyles(
    h(ak.ArticleKitProvider, { locale: 'de', theme }, h(Labels), h(ak.PrevNextNav, { next: { href: '/b', title: 'B' } })),
  ),
);
const css = sheet.getStyleTags();
sheet.seal();
process.stdout.write(JSON.stringify({ html, css, exports: Object.keys(ak).sort() }));
`;

function run(args: string[]): { html: string; css: string; exports: string[] } {
  const out = execFileSync(process.execPath, args, {
    cwd: host,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return JSON.parse(out) as { html: string; css: string; exports: string[] };
}

describe.each([
  {
    system: 'import (ESM)',
    args: (code: string) => ['--input-type=module', '-e', code],
    load: `import * as ak from 'article-kit'; import React from 'react'; import server from 'react-dom/server'; import * as sc from 'styled-components';`,
  },
  {
    system: 'require (CommonJS)',
    args: (code: string) => ['-e', code],
    load: `const ak = require('article-kit'); const React = require('react'); const server = require('react-dom/server'); const sc = require('styled-components');`,
  },
])('the installed package through $system', ({ args, load }) => {
  it('renders German strings with the theme and server-collected styles', () => {
    const { html, css } = run(args(page(load)));
    expect(html).toMatch(/<nav[^>]* lang="de"/);
    expect(html).toContain('Zurück | Weiter | Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.');
    expect(html).toContain('--ak-color-accent:#8a1c7c');
    expect(css).toMatch(/<style[^>]*data-styled/);
  });

  it('exports every value of the public contract', () => {
    const { exports } = run(args(page(load)));
    expect(exports).toEqual(expect.arrayContaining(CONTRACT_VALUES));
  });
});

describe.each([
  {
    system: 'import (ESM)',
    args: (code: string) => ['--input-type=module', '-e', code],
    load: `import { renderArticlePage, ArticlePageError } from 'article-kit/server';`,
  },
  {
    system: 'require (CommonJS)',
    args: (code: string) => ['-e', code],
    load: `const { renderArticlePage, ArticlePageError } = require('article-kit/server');`,
  },
])('article-kit/server from the installed package through $system', ({ args, load }) => {
  it('renders an article page from plain JSON and names the field of an invalid one', () => {
    const code = `${load}
const article = { title: 'Ein Titel', blocks: [{ type: 'paragraph', text: 'Erster Absatz.' }], faq: [{ question: 'Warum?', answer: 'Darum.' }] };
const page = renderArticlePage({ article, locale: 'de', newsletter: { title: 'KI-Briefing', action: '/newsletter' } });
let problems = [];
try { renderArticlePage({ article: { blocks: [] } }); } catch (error) { problems = error instanceof ArticlePageError ? error.problems : ['not an ArticlePageError']; }
process.stdout.write(JSON.stringify({ document: page.document, problems }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, args(code), {
        cwd: host,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production' },
      }),
    ) as { document: string; problems: string[] };
    expect(out.document).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(out.document).toContain('<h1>Ein Titel</h1>');
    expect(out.document).toMatch(/<form action="\/newsletter" method="post">/);
    expect(out.document).toContain('<summary data-ak-part="trigger"><h3 data-ak-part="question">Warum?</h3>');
    expect(out.problems).toEqual(['article.title must be a string']);
  });
});
