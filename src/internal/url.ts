// Browsers ignore these characters inside a scheme ("java\tscript:"), so they are removed
// before the scheme is judged.
// eslint-disable-next-line no-control-regex
const IGNORED = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff\s]+/g;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the href when it is safe to render as a link: http(s), mailto, tel, or relative
 * (path, query or fragment). Returns undefined for `javascript:`, `data:`, `vbscript:` and any
 * other scheme, however it is disguised with case, entities' decoded forms or whitespace.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  if (!trimmed) return undefined;
  const compact = trimmed.replace(IGNORED, '');
  if (compact.startsWith('//')) return trimmed; // protocol-relative: http(s) on the host's scheme
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) {
    // No scheme before the first /, ? or #: a relative URL. A colon later on is harmless.
    return /^[^/?#]*:/.test(compact) ? undefined : trimmed;
  }
  return SAFE_SCHEMES.has(scheme[1]!.toLowerCase() + ':') ? trimmed : undefined;
}

/** True for absolute http(s) and protocol-relative URLs, which leave the host site. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}
