import { fn } from 'storybook/test';
import type { LinkComponentProps } from '../../src/provider/context';

/** Where the stand-in router would go: stories clear it and check its calls. */
export const navigate = fn();

/** A client-side router's link (here a stand-in that records where it would go). */
export function RouterLink({ href, children, ...rest }: LinkComponentProps) {
  return (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
