import type * as React from 'react';
import { useStrings, type ArticleKitOverrides, type LinkComponent } from '../../provider/context';
import type { WithStrings } from '../../provider/strings';
import type { NavLink } from '../../schema/types';
import { resolveNavLink } from './prevNextNavLogic';
import { Nav } from './PrevNextNav.styles';

/** Props of {@link PrevNextNav}. */
export interface PrevNextNavProps extends ArticleKitOverrides {
  /**
   * The previous (older) article: shown on the start side with the label "Previous" ("Zurück").
   * Left out when missing or when its `href` is not a safe URL.
   */
  prev?: NavLink;
  /**
   * The next (newer) article: shown on the end side with the label "Next" ("Weiter"), also when
   * there is no previous one.
   */
  next?: NavLink;
  /**
   * Component that renders the links, such as Next.js `Link` or a wrapped React Router `Link`.
   * It receives `href`, `rel`, `aria-label` and `children` and must render an `<a>`, which the
   * nav styles as the card. Overrides the provider's `linkComponent`; pass it here when
   * rendering from a server component, where the provider cannot be read.
   * @default the provider's linkComponent, else a plain `<a>`
   */
  linkComponent?: LinkComponent;
  /** Class name on the `<nav>`, for host styles. */
  className?: string;
}

/** {@link PrevNextNav} before an entry binds its strings (see `./index.ts`); the docs are there. */
export function PrevNextNav({
  prev,
  next,
  linkComponent,
  locale,
  labels: labelOverrides,
  className,
  akStrings,
}: PrevNextNavProps & WithStrings<'nav'>): React.JSX.Element | null {
  const {
    labels,
    linkComponent: providedLink,
    lang,
  } = useStrings({ locale, labels: labelOverrides }, akStrings.nav, akStrings.locale, true);
  const Link = linkComponent ?? providedLink ?? 'a';
  const cards = [prev, next].map((link, index) => {
    const side = index ? 'next' : 'prev';
    const label = index ? labels.navNext : labels.navPrevious;
    const target = resolveNavLink(link, side);
    return (
      target && (
        <div key={side} data-side={side}>
          {/* One name, "label: title", so the label is said once. The space keeps the visible
              words apart, so they match the name word for word. */}
          <Link href={target.href} rel={side} aria-label={`${label}: ${target.title}`}>
            <span>{label}</span> <b>{target.title}</b>
          </Link>
        </div>
      )
    );
  });
  return cards.some(Boolean) ? (
    <Nav data-ak="PrevNextNav" lang={lang} aria-label={labels.navLabel} className={className}>
      {cards}
    </Nav>
  ) : null;
}
