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
  if (link === undefined || link === null) return undefined;
  if (typeof link !== 'object') {
    devWarn(`PrevNextNav: \`${side}\` must be an object with \`href\` and \`title\`; it is left out.`);
    return undefined;
  }
  const { href, title } = link as { href?: unknown; title?: unknown };
  const safe = safeHref(href);
  if (!safe) {
    devWarn(`PrevNextNav: \`${side}.href\` is not a safe http(s), mailto, tel or relative URL; the link is left out.`);
    return undefined;
  }
  const text = typeof title === 'string' ? title.trim() : '';
  if (!text) {
    devWarn(`PrevNextNav: \`${side}.title\` must be a non-empty string; the link is left out.`);
    return undefined;
  }
  return { href: safe, title: text };
}
