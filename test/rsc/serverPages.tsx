// Pages as a Next.js App Router server component writes them (no 'use client'), rendered by
// renderServerTree.mjs with React's server build.
import { ArticleLayout } from '../../src/components/ArticleLayout';
import { PrevNextNav } from '../../src/components/PrevNextNav';
import { demoArticleDe } from '../../stories/demo/article.de';
import { RouterLink } from './RouterLink';

const newsletter = {
  title: 'KI WEEKLY',
  description: 'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach.',
  badge: 'Jeden Sonntag neu!',
  action: '/api/newsletter',
};

export const cases = {
  /** The README's server page: plain data, a form post for the newsletter, JSON-LD. */
  page: () => <ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} structuredData />,
  /** A server page handing a router's client Link (like next/link) to the navigation. */
  routerLink: () => (
    <>
      <PrevNextNav locale="de" prev={demoArticleDe.prev} next={demoArticleDe.next} linkComponent={RouterLink} />
      <ArticleLayout locale="de" article={demoArticleDe} navProps={{ linkComponent: RouterLink }} />
    </>
  ),
  /** A server page handing the router's Link to the whole layout: body links and navigation. */
  layoutLink: () => <ArticleLayout locale="de" article={demoArticleDe} linkComponent={RouterLink} />,
  /** A mistake the checker must catch: a function from the server page to the client newsletter box. */
  functionProp: () => (
    <ArticleLayout
      locale="de"
      article={demoArticleDe}
      newsletter={{ ...newsletter, onSubscribe: async () => 'subscribed' as const }}
    />
  ),
};
