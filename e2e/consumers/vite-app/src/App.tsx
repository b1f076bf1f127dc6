import { ArticleKitProvider, ArticleLayout, type Article } from 'article-kit';
import data from '../../../fixtures/article.de.json';
import { HydrationMarker } from './HydrationMarker';

const article = data as Article;

/** Posts the address to the same endpoint the plain form uses, so both paths are recorded alike. */
async function subscribe(email: string, { signal }: { signal: AbortSignal }) {
  const response = await fetch('/api/newsletter', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email }),
    signal,
  });
  if (!response.ok) throw new Error(`newsletter signup failed: ${response.status}`);
}

export function App() {
  return (
    <ArticleKitProvider locale="de">
      <HydrationMarker />
      <header className="site-header">
        <a href="/">KI Weekly</a>
      </header>
      <main className="site-main">
        <ArticleLayout
          article={article}
          structuredData
          newsletter={{
            title: 'KI WEEKLY',
            description:
              'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach. Schließe dich 2500+ Abonnenten an!',
            badge: 'Jeden Sonntag neu!',
            action: '/api/newsletter',
            method: 'post',
            onSubscribe: subscribe,
          }}
        />
      </main>
    </ArticleKitProvider>
  );
}
