import { asciiSlug, claimId, slugify, unicodeSlug } from './slug';

// Headings and questions as editors write them, and what trips up a slug: umlauts in both cases,
// other accented Latin letters, combining marks, other scripts, emoji and odd spacing.
const TEXTS = [
  'Was ist DeepSeek-R2?',
  'Fazit',
  '  --Leerzeichen & Satzzeichen!!  ',
  'Äpfel, Öl und Übergrößen: Straße',
  'ÄÖÜ äöü ß SS',
  'Crème brûlée à la Ångström',
  'Ærø, Łódź, İstanbul, Dvořák',
  'Nai\u0308ve Cafe\u0301 mit kombinierten Zeichen',
  'a\u0308 statt ä',
  '大規模言語モデル 2025',
  'Модель и данные',
  'KI 🤖 für alle 🚀',
  '½ Preis, ① Zähler, ﬁ Ligatur, ｆｕｌｌ width',
  'ẞ groß',
  '\t\nZeilen\u00a0umbruch\u2028und Tab\t',
  '',
  '???',
  'x'.repeat(79) + ' ende',
  'ü'.repeat(45),
];

describe('slugify', () => {
  it('turns a heading into a readable id', () => {
    expect(slugify('Was ist DeepSeek-R2?')).toBe('was-ist-deepseek-r2');
    expect(slugify('Äpfel, Öl und Übergrößen: Straße')).toBe('aepfel-oel-und-uebergroessen-strasse');
    expect(slugify('Crème brûlée à la Ångström')).toBe('creme-brulee-a-la-angstroem');
    expect(slugify('人工知能 2025')).toBe('人工知能-2025');
  });

  it('falls back when nothing usable remains', () => {
    expect(slugify('???')).toBe('section');
    expect(slugify('🤖', 'faq')).toBe('faq');
  });

  it('gives every text the slug of the full Unicode path', () => {
    for (const text of TEXTS) expect(slugify(text), text).toBe(unicodeSlug(text) || 'section');
  });

  it('takes the ASCII path to the same slug for ASCII and German letters', () => {
    const german = TEXTS.filter((text) => /^[\0-\x7fäöüÄÖÜß]*$/.test(text));
    expect(german.length).toBeGreaterThan(5);
    for (const text of german) expect(asciiSlug(text), text).toBe(unicodeSlug(text));
  });

  it('agrees with the Unicode path on random text of that alphabet', () => {
    const alphabet = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), ...'äöüÄÖÜß'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(random() * 120);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(asciiSlug(text), JSON.stringify(text)).toBe(unicodeSlug(text));
    }
  });
});

describe('claimId', () => {
  it('numbers repeated ids from 2', () => {
    const taken = new Set<string>();
    const next = new Map<string, number>();
    expect(['fazit', 'fazit', 'fazit'].map((base) => claimId(base, taken, next))).toEqual([
      'fazit',
      'fazit-2',
      'fazit-3',
    ]);
  });
});
