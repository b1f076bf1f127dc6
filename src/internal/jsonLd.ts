/**
 * Serialises structured data for a `<script type="application/ld+json">`. `<`, `>` and `&` are
 * written as unicode escapes, so no string inside can close the script element
 * (`</script>`) or open a comment; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
