'use client';

import type { LinkComponentProps } from '../../src/provider/context';

/** Stands in for a router's client `Link` (like `next/link`) in the server component pages. */
export function RouterLink({ href, children, ...rest }: LinkComponentProps) {
  return (
    <a href={href} data-router-link="" {...rest}>
      {children}
    </a>
  );
}
