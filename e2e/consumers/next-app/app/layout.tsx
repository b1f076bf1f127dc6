import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'KI Weekly: Next.js-Host',
  icons: { icon: 'data:,' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <Providers>
          <header>
            <a href="/">KI Weekly</a>
          </header>
          <main>{children}</main>
        </Providers>
      </body>
    </html>
  );
}
