import { safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';

/** A previous or next link that passed the checks: a safe href and a title with text. */
export interface NavTarget {
  href: string;
  title: string;
}

/**
 * Returns the link when it can be rendered, else undefined with a development warning. Links to
 * `javascript:`, `data:` and other unsafe schemes are dropped rather than shown as plain text:
 * a navigation card that goes nowhere is worse than none.
 */
export function resolveNavLink(link: unknown, side: 'prev' | 'next'): NavTarget | undefined {
  // Reading a property of a string or number gives undefined, so any value fails the checks
  // below without a throw; the warning then tells which check.
  const { href: rawHref, title: rawTitle } = (link ?? {}) as { href?: unknown; title?: unknown };
  const href = safeHref(rawHref);
  const title = typeof rawTitle === 'string' ? rawTitle.trim() : '';
  if (href && title) return { href, title };
  // A missing link is no mistake.
  if (link !== undefined && link !== null) {
    devWarn(
      typeof link !== 'object'
        ? `PrevNextNav: \`${side}\` must be an object with \`href\` and \`title\`; it is left out.`
        : !href
          ? `PrevNextNav: \`${side}.href\` is not a safe http(s), mailto, tel or relative URL; the link is left out.`
          : `PrevNextNav: \`${side}.title\` must be a non-empty string; the link is left out.`,
    );
  }
  return undefined;
}
