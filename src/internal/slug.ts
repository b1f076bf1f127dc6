// ASCII plus the German letters transliterated below: after transliteration such a text is
// ASCII, which Unicode normalisation leaves as it is and whose letters and digits are [a-z0-9]
// once lower-cased. Headings and questions of German and English articles are nearly all of
// this kind, so they skip the normalisation and the Unicode-aware pattern.
const GERMAN_ASCII = /^[\0-\x7fäöüÄÖÜß]*$/;
const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss' };

/**
 * A readable, stable id fragment for a text: "Was ist DeepSeek-R2?" → "was-ist-deepseek-r2".
 * German umlauts are transliterated; other Latin letters lose their accents; letters of other
 * scripts are kept with their marks ("ガイド" stays "ガイド", Hindi vowel signs stay). Returns
 * `fallback` when nothing usable remains.
 */
export function slugify(text: string, fallback = 'section'): string {
  const value = String(text);
  return slugOf(value, GERMAN_ASCII.test(value)) || fallback;
}

/** The slug of a text of ASCII and äöüß; the same as {@link unicodeSlug} gives for it. */
export const asciiSlug = (text: string): string => slugOf(text, true);

/** The slug of any text. */
export const unicodeSlug = (text: string): string => slugOf(text, false);

function slugOf(text: string, ascii: boolean): string {
  return (
    ascii
      ? text.replace(/[äöüÄÖÜß]/g, (letter) => GERMAN_LETTERS[letter]!)
      : text
          // An umlaut keeps its sound as a following e ("ä" → "ae"); its dots go with the accents
          // below. Latin accents are dropped, then the rest is composed again, so a kana and its
          // voicing mark stay one letter.
          .replace(/[äöüÄÖÜ]/g, '$&e')
          .replace(/ß/g, 'ss')
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .normalize('NFC')
  )
    .toLowerCase()
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
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
