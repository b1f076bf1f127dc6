import { createTheme } from './createTheme';
import { defaultTheme, type ArticleKitTheme } from './tokens';

/** Today's look: system sans-serif for text and headings. The same object as `defaultTheme`. */
export const sansTheme: ArticleKitTheme = defaultTheme;

/**
 * An editorial look: serif headings and text from the reader's system fonts (nothing is
 * downloaded), as news sites set long reads.
 */
export const editorialTheme: ArticleKitTheme = createTheme({
  fonts: {
    body: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
    heading: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  },
});
