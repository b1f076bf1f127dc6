// ASCII plus the German letters transliterated below: after transliteration such a text is
// ASCII, which Unicode normalisation leaves as it is and whose letters and digits are [a-z0-9]
// once lower-cased. Headings and questions of German and English articles are nearly all of
// this kind, so they skip the normalisation and the Unicode-aware pattern.
const GERMAN_ASCII = /^[\0-\x7fäöüÄÖÜß]*$/;
const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss' };

/**
 * A readable, stable id fragment for a text: "Was ist DeepSeek-R2?" → "was-ist-deepseek-r2".
 * German umlauts are transliterated; other letters lose their accents; letters of other
 * scripts are kept. Returns `fallback` when nothing usable remains.
 */
export function slugify(text: string, fallback = 'section'): string {
  const value = String(text);
  const slug = GERMAN_ASCII.test(value) ? asciiSlug(value) : unicodeSlug(value);
  return slug || fallback;
}

/** The slug of a text of ASCII and äöüß; the same as {@link unicodeSlug} gives for it. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[äöüÄÖÜß]/g, (letter) => GERMAN_LETTERS[letter]!)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** The slug of any text. */
export function unicodeSlug(text: string): string {
  return (
    text
      // An umlaut keeps its sound as a following e ("ä" → "ae"); its dots go with the accents below.
      .replace(/[äöüÄÖÜ]/g, '$&e')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '')
  );
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
