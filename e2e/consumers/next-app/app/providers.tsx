'use client';

import { ArticleKitProvider } from 'article-kit';
import Link from 'next/link';
import { useServerInsertedHTML } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { ServerStyleSheet, StyleSheetManager } from 'styled-components';

/**
 * The styled-components registry: collects the styles rendered on the server and inserts them
 * into the streamed HTML, so the page arrives styled instead of flashing.
 */
function StyledComponentsRegistry({ children }: { children: ReactNode }) {
  const [sheet] = useState(() => new ServerStyleSheet());

  useServerInsertedHTML(() => {
    const styles = sheet.getStyleElement();
    sheet.instance.clearTag();
    return <>{styles}</>;
  });

  if (typeof window !== 'undefined') return <>{children}</>;
  return <StyleSheetManager sheet={sheet.instance}>{children}</StyleSheetManager>;
}

/** Marks the document once React has hydrated it, so the browser tests know when to look. */
function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

/** Client-side settings for every article-kit component on the site: German strings and router links. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <StyledComponentsRegistry>
      <ArticleKitProvider locale="de" linkComponent={Link}>
        <HydrationMarker />
        {children}
      </ArticleKitProvider>
    </StyledComponentsRegistry>
  );
}
