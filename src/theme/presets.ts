import { createTheme } from './createTheme';
import { defaultTheme, type ArticleKitTheme } from './tokens';

/** Today's look: system sans-serif for text and headings. The same object as `defaultTheme`. */
export const sansTheme: ArticleKitTheme = defaultTheme;

// Transitional serifs that ship with the reader's system: Charter (macOS, iOS, many Linux
// desktops as Bitstream Charter), Sitka (Windows), Cambria and Georgia (Windows, macOS), then the
// platform's serif (Noto Serif on Android).
const serif = "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif";

/**
 * An editorial look, as news sites set long reads: serif text and headings from the reader's
 * system fonts (nothing is downloaded) and a deep red accent. A serif of the same size looks
 * smaller than a sans-serif (its lowercase letters are shorter), so text, lead and small print
 * are a step larger, and the reading measure a little wider in `ch` (a serif's digits, which `ch`
 * measures, are narrow); the text is set a little tighter, bold serif headings tighter still.
 * Spacing, radii, surfaces and hairlines are the default theme's. Every text colour keeps WCAG
 * 2.2 AA contrast on the page and on the surfaces in the light and the dark scheme, and every
 * hairline 3:1.
 *
 * @example <ArticleKitProvider theme={editorialTheme}>…</ArticleKitProvider>
 * @example createTheme({ colors: { accent: '#0b5394' } }, editorialTheme)
 */
export const editorialTheme: ArticleKitTheme = createTheme({
  colors: {
    accent: { light: '#9e1b32', dark: '#ff8fa3' },
    onAccent: { light: '#ffffff', dark: '#2a0a10' },
  },
  fonts: {
    body: serif,
    heading: "Charter, 'Bitstream Charter', 'Sitka Heading', Cambria, Georgia, serif",
  },
  fontSizes: {
    small: '0.9375rem',
    body: '1.125rem',
    lead: 'clamp(1.1875rem, 0.75rem + 2.1cqi, 1.5rem)',
  },
  lineHeights: {
    body: '1.6',
    heading: '1.15',
  },
  measure: '66ch',
});
