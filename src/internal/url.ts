// Allowed: an http(s), mailto or tel scheme, or none at all (no colon before the first /, ? or
// #: a relative URL). The scheme is judged exactly as written. Browsers drop tabs, newlines and
// leading control characters before they read one ("java\tscript:"), so a disguised scheme never
// equals an allowed name and is refused.
const SAFE = /^(?:(?:https?|mailto|tel):|(?![^/?#:]*:))/i;

/**
 * Returns the href when it is safe to render as a link: http(s), mailto, tel, or relative
 * (path, query, fragment or protocol-relative). Returns undefined for `javascript:`, `data:`,
 * `vbscript:` and any other scheme, however it is disguised with case, entities' decoded forms,
 * control characters or whitespace.
 */
export function safeHref(href: unknown): string | undefined {
  const trimmed = typeof href === 'string' ? href.trim() : '';
  return trimmed && SAFE.test(trimmed) ? trimmed : undefined;
}

/** True for absolute http(s) and protocol-relative URLs, which leave the host site. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}
