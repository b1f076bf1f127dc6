// ArticleLayout and PrevNextNav as React Server Components: rendered from a server page (see
// serverPages.tsx) with React's server build, client components replaced by client references.
// A hook, a context or a non-serialisable prop on the way to a client component fails here the
// way it fails in a Next.js App Router build.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { demoArticleDe } from '../../stories/demo/article.de';

interface Rendered {
  markup: string;
  clientComponents: string[];
  problems: string[];
}

const root = path.resolve(__dirname, '../..');
let results: Record<'page' | 'routerLink' | 'layoutLink' | 'functionProp', Rendered>;

beforeAll(() => {
  const out = execFileSync(
    process.execPath,
    ['--conditions=react-server', path.join(root, 'test/rsc/renderServerTree.mjs')],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, timeout: 60_000 },
  );
  results = JSON.parse(out);
}, 90_000);

/** The markup without the style elements styled-components puts in front of each element. */
const withoutStyles = (markup: string) => markup.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');

describe('ArticleLayout in a server component page', () => {
  it('renders with the server build of React, handing only the FAQ and the newsletter box to the client', () => {
    const { markup, clientComponents, problems } = results.page;
    expect(problems).toEqual([]);
    expect(clientComponents).toEqual([
      'src/components/FaqAccordion/FaqAccordion.tsx#FaqAccordion',
      'src/components/NewsletterCta/NewsletterCta.tsx#NewsletterCta',
    ]);
    const html = withoutStyles(markup);
    expect(html).toContain(`<h1>${demoArticleDe.title}</h1>`);
    expect(html).toContain('data-ak="ArticleLayout"');
    expect(html).toContain('data-ak="PrevNextNav"');
    expect(html).toContain(`aria-label="Zurück: ${demoArticleDe.prev!.title}"`);
    expect(html).toContain('application/ld+json');
    // Styles come along as style elements, as styled-components renders them in server components.
    expect(markup).toMatch(/<style data-styled[^>]*>[^<]*max-inline-size/);
  });

  it('places the newsletter box, with plain data only, between the second and the third section', () => {
    const html = withoutStyles(results.page.markup);
    const box = html.indexOf('NewsletterCta.tsx#NewsletterCta');
    expect(box).toBeGreaterThan(html.indexOf('Rechenzentren als Nadelöhr'));
    expect(box).toBeLessThan(html.indexOf('Folgen für den europäischen KI-Markt'));
    expect(html).toContain('&quot;action&quot;:&quot;/api/newsletter&quot;');
    expect(html).toContain('&quot;locale&quot;:&quot;de&quot;');
  });

  it('sends the client parts only the strings of the page’s language, as a Next.js page would ship them', () => {
    const html = withoutStyles(results.page.markup);
    const clientProps = [...html.matchAll(/<client-component id="[^"]*" props="([^"]*)"/g)].map((m) => m[1]).join('\n');
    expect(clientProps).toContain('E-Mail-Adresse');
    expect(clientProps).toContain('Abonnieren');
    for (const english of ['&quot;Email address&quot;', '&quot;Subscribe&quot;', 'We respect your privacy']) {
      expect(clientProps).not.toContain(english);
    }
  });

  it('passes a router’s client Link from the server page to the navigation cards', () => {
    const { markup, problems } = results.routerLink;
    expect(problems).toEqual([]);
    const links = withoutStyles(markup).match(
      /<client-component id="test\/rsc\/RouterLink\.tsx#RouterLink" props="[^"]*"/g,
    );
    // Two cards from PrevNextNav and two from the layout's navigation.
    expect(links).toHaveLength(4);
    expect(links!.join('\n')).toContain('&quot;rel&quot;:&quot;next&quot;');
    expect(links!.join('\n')).toContain(`&quot;href&quot;:&quot;${demoArticleDe.next!.href}&quot;`);
  });

  it('passes the router’s Link given to the layout to the author link and both navigation cards', () => {
    const { markup, problems } = results.layoutLink;
    expect(problems).toEqual([]);
    const links = withoutStyles(markup).match(
      /<client-component id="test\/rsc\/RouterLink\.tsx#RouterLink" props="[^"]*"/g,
    );
    const hrefs = links!.map((link) => /&quot;href&quot;:&quot;([^&]*)&quot;/.exec(link)![1]).sort();
    expect(hrefs).toEqual([demoArticleDe.author!.url!, demoArticleDe.prev!.href, demoArticleDe.next!.href].sort());
  });

  it('reports a function handed from the server page to a client component, as a Next.js build does', () => {
    expect(results.functionProp.problems).toEqual([
      expect.stringMatching(/NewsletterCta\.onSubscribe: functions cannot be passed to client components$/),
    ]);
  });
});
