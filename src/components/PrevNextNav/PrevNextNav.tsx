import type * as React from 'react';
import { useArticleKit, type ArticleKitOverrides, type LinkComponent } from '../../provider/context';
import { navStrings } from '../../provider/strings';
import type { NavLink } from '../../schema/types';
import { resolveNavLink, type NavTarget } from './prevNextNavLogic';
import { Card, Label, Nav, Side, Sides, Title } from './PrevNextNav.styles';

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
   * It receives `href`, `rel`, `className`, `aria-label` and `children`. Overrides the
   * provider's `linkComponent`; pass it here when rendering from a server component, where the
   * provider cannot be read.
   * @default the provider's linkComponent, else a plain `<a>`
   */
  linkComponent?: LinkComponent;
}

const arrows = { prev: 'M10 3 5 8l5 5', next: 'M6 3l5 5-5 5' };

function Arrow({ side }: { side: 'prev' | 'next' }) {
  return (
    <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={arrows[side]} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
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
}: PrevNextNavProps): React.JSX.Element | null {
  const { labels, linkComponent: providedLink } = useArticleKit({ locale, labels: labelOverrides }, navStrings);
  const sides: [side: 'prev' | 'next', target: NavTarget | undefined, label: string][] = [
    ['prev', resolveNavLink(prev, 'prev'), labels.navPrevious],
    ['next', resolveNavLink(next, 'next'), labels.navNext],
  ];
  if (!sides.some(([, target]) => target)) return null;
  const as = linkComponent ?? providedLink;
  return (
    <Nav data-ak="PrevNextNav" aria-label={labels.navLabel}>
      <Sides>
        {sides.map(
          ([side, target, label]) =>
            target && (
              <Side key={side} data-side={side}>
                {/* One name, "label: title", so the label is said once. */}
                <Card as={as} href={target.href} rel={side} aria-label={`${label}: ${target.title}`}>
                  <Label>
                    {side === 'prev' ? (
                      <>
                        <Arrow side="prev" /> {label}
                      </>
                    ) : (
                      <>
                        {label} <Arrow side="next" />
                      </>
                    )}
                  </Label>
                  {/* Keeps the visible words apart, so they match the name word for word. */}{' '}
                  <Title>{target.title}</Title>
                </Card>
              </Side>
            ),
        )}
      </Sides>
    </Nav>
  );
}
