/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS host loads the package with require() */
// Server-renders the whole article view from the installed package through `require`, as a
// CommonJS Node host would. e2e/run-consumers.mjs copies this file next to each React version's
// node_modules so that bare specifiers resolve there. Prints one JSON object to stdout.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { ArticleKitProvider, ArticleLayout } = require('article-kit');
const React = require('react');
const { renderToString } = require('react-dom/server');
const { ServerStyleSheet } = require('styled-components');

const fixture = path.join(__dirname, '..', '..', '..', 'fixtures', 'article.de.json');
const article = JSON.parse(readFileSync(fixture, 'utf8'));
const h = React.createElement;

const sheet = new ServerStyleSheet();
try {
  const html = renderToString(
    sheet.collectStyles(
      h(
        ArticleKitProvider,
        { locale: 'de' },
        h(ArticleLayout, {
          article,
          structuredData: true,
          newsletter: {
            title: 'KI WEEKLY',
            description:
              'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach. Schließe dich 2500+ Abonnenten an!',
            badge: 'Jeden Sonntag neu!',
            action: '/api/newsletter',
            method: 'post',
          },
        }),
      ),
    ),
  );
  const css = sheet.getStyleTags();
  process.stdout.write(JSON.stringify({ system: 'require', react: React.version, html, css }));
} finally {
  sheet.seal();
}
