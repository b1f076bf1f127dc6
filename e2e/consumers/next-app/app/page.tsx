import { ArticleLayout, type Article } from 'article-kit';
import Link from 'next/link';
import data from '../../../fixtures/article.de.json';

const article = data as Article;

// A server component. The parts of the article that render here cannot read the provider in
// app/providers.tsx (server components have no context), so the page hands them the locale and
// next/link itself; the interactive parts (FAQ, newsletter) read the provider as usual. Only
// serializable props cross into those client parts: the newsletter gets no onSubscribe, only the
// route handler as its action. Without JavaScript the form posts there; once hydrated the box
// sends it there with fetch and shows the answer in place.
export default function ArticlePage() {
  return (
    <ArticleLayout
      locale="de"
      article={article}
      linkComponent={Link}
      structuredData
      newsletter={{
        title: 'KI WEEKLY',
        description:
          'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach. Schließe dich 2500+ Abonnenten an!',
        badge: 'Jeden Sonntag neu!',
        action: '/api/newsletter',
        method: 'post',
      }}
    />
  );
}
