import type * as React from 'react';
import { useArticleKit, type ArticleKitOverrides, type LinkComponent } from '../../provider/context';
import { navStrings } from '../../provider/strings';
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

/**
 * Links to the previous and next article. Each side is one large card link: its label
 * ("Zurück" / "Weiter") above the article's title, announced once as "label: title". Renders
 * nothing when neither link is usable. Safe in React Server Components.
 */
export function PrevNextNav({
  prev,
  next,
  linkComponent,
  locale,
  labels: labelOverrides,
  className,
}: PrevNextNavProps): React.JSX.Element | null {
  const { labels, linkComponent: providedLink, lang } = useArticleKit({ locale, labels: labelOverrides }, navStrings);
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
