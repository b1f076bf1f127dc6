/**
 * A readable, stable id fragment for a text: "Was ist DeepSeek-R2?" → "was-ist-deepseek-r2".
 * German umlauts are transliterated; other letters lose their accents; letters of other
 * scripts are kept. Returns `fallback` when nothing usable remains.
 */
export function slugify(text: string, fallback = 'section'): string {
  const slug = String(text)
    // An umlaut keeps its sound as a following e ("ä" → "ae"); its dots go with the accents below.
    .replace(/[äöüÄÖÜ]/g, '$&e')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/**
 * Claims `base`, or else the first free `base-2`, `base-3`, …, in `taken`. `next` remembers
 * where each base's count stands, so claiming the same base n times takes O(n), not O(n²).
 */
export function claimId(base: string, taken: Set<string | undefined>, next: Map<string, number>): string {
  let id = base;
  for (let n = next.get(base) ?? 2; taken.has(id); n++) {
    id = `${base}-${n}`;
    next.set(base, n + 1);
  }
  taken.add(id);
  return id;
}
