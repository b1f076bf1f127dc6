// Server-renders the whole article view from the installed package through `import`, as a plain
// Node host would. e2e/run-consumers.mjs copies this file next to each React version's
// node_modules so that bare specifiers resolve there. Prints one JSON object to stdout.
import { readFileSync } from 'node:fs';
import { ArticleKitProvider, ArticleLayout } from 'article-kit';
import React from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

const fixture = new URL('../../../fixtures/article.de.json', import.meta.url);
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
  process.stdout.write(JSON.stringify({ system: 'import', react: React.version, html, css }));
} finally {
  sheet.seal();
}
