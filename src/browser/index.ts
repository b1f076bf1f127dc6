// article-kit for any page, as one self-contained ES module (React, React DOM and
// styled-components inside): load it with `<script type="module" src=".../article-kit.js">`.
// On import it hydrates the interactive parts of a page from `renderArticlePage(page, { hydrate })`
// and defines `<article-kit-newsletter>`, the signup box for a page without a React build.
import { ArticleKitNewsletterElement } from './ArticleKitNewsletterElement';
import { defineElement } from './elementBase';
import { ArticleKitIslandElement, hydrateIslands } from './islands';

export { ArticleKitIslandElement, ArticleKitNewsletterElement, hydrateIslands };

if (typeof document === 'object') {
  // Defining the island element upgrades, and so hydrates, every island already in the page.
  defineElement('article-kit-island', ArticleKitIslandElement);
  defineElement('article-kit-newsletter', ArticleKitNewsletterElement);
  hydrateIslands();
}
