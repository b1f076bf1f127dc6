const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/**
 * A readable, stable id fragment for a text: "Was ist DeepSeek-R2?" → "was-ist-deepseek-r2".
 * German umlauts are transliterated; other letters lose their accents; letters of other
 * scripts are kept. Returns `fallback` when nothing usable remains.
 */
export function slugify(text: string, fallback = 'section'): string {
  const slug = String(text)
    .replace(/[äöüßÄÖÜ]/g, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Hands out unique ids: the second "fazit" becomes "fazit-2". */
export function createSlugger(): (wanted: string, fallback?: string) => string {
  const seen = new Set<string>();
  return (wanted, fallback) => {
    const base = slugify(wanted, fallback);
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  };
}
