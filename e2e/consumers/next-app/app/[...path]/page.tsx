import Link from 'next/link';

// Stands in for the host's other pages (previous and next article, author page), so the links
// the article prefetches resolve.
export default async function OtherPage({ params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return (
    <>
      <h1>{path.join(' / ')}</h1>
      <p>
        <Link href="/">Zurück zum Artikel</Link>
      </p>
    </>
  );
}
