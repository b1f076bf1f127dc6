/** A colour for light and for dark colour schemes. */
export interface SchemeColor {
  /** Used when the article is shown in a light colour scheme. */
  light: string;
  /** Used when the article is shown in a dark colour scheme. */
  dark: string;
}

/** Design tokens of article-kit. Every token becomes a `--ak-…` CSS custom property. */
export interface ArticleKitTheme {
  /** Colours, each with a light and a dark value. */
  colors: {
    /** Body text. */
    text: SchemeColor;
    /** Secondary text: bylines, dates, notes. */
    textMuted: SchemeColor;
    /** Page background behind the article. */
    background: SchemeColor;
    /** Raised surfaces: the newsletter box, navigation cards, code and callouts. */
    surface: SchemeColor;
    /**
     * Hairlines and the edges of cards, fields and controls. At least 3:1 against `background`
     * and against `surface` (WCAG 1.4.11), so a card or a question's row is seen without its fill.
     */
    border: SchemeColor;
    /** Links, buttons and highlights. */
    accent: SchemeColor;
    /** Text on an accent-coloured background. */
    onAccent: SchemeColor;
    /** Keyboard focus ring. */
    focus: SchemeColor;
    /** Error messages and invalid fields. */
    danger: SchemeColor;
    /** Success messages. */
    success: SchemeColor;
  };
  /** Font stacks. The value `inherit` leaves the host page's font in place. */
  fonts: {
    /** Running text. */
    body: string;
    /** Title and section headings. */
    heading: string;
    /** Inline code. */
    mono: string;
  };
  /**
   * Type scale (any CSS length; `clamp()` is welcome). The default title, section heading and
   * lead sizes grow with the reading column, not the window: a `cqi` is a hundredth of the width
   * of the nearest size container (the roots of `ArticleLayout` and `ArticleBody` are), or of the
   * window where there is none. The title is 28px in a 320px column and 42px from about 540px.
   */
  fontSizes: {
    small: string;
    body: string;
    lead: string;
    h4: string;
    h3: string;
    h2: string;
    title: string;
  };
  /** Unitless line heights. */
  lineHeights: {
    body: string;
    heading: string;
  };
  /** Spacing scale, smallest first. */
  space: {
    xs: string;
    sm: string;
    md: string;
    lg: string;
    xl: string;
  };
  /** Corner radii. */
  radii: {
    sm: string;
    md: string;
    lg: string;
  };
  /** Keyboard focus indicator (its colour is `colors.focus`). */
  focusRing: {
    width: string;
    offset: string;
  };
  /** Width of the reading column, about 60–75 characters. */
  measure: string;
}

/** The theme used when none is given. Contrast of every text pair meets WCAG 2.2 AA. */
export const defaultTheme: ArticleKitTheme = {
  colors: {
    text: { light: '#1b1b1f', dark: '#ececf1' },
    textMuted: { light: '#55565e', dark: '#b4b5bf' },
    background: { light: '#ffffff', dark: '#131317' },
    surface: { light: '#f3f4f8', dark: '#1f2027' },
    border: { light: '#858792', dark: '#6e707a' },
    accent: { light: '#1f4fd1', dark: '#8fb0ff' },
    onAccent: { light: '#ffffff', dark: '#0d1533' },
    focus: { light: '#1f4fd1', dark: '#ffd166' },
    danger: { light: '#b3261e', dark: '#ffb4ab' },
    success: { light: '#1e6b35', dark: '#8fdba5' },
  },
  fonts: {
    body: 'system-ui, sans-serif',
    heading: 'system-ui, sans-serif',
    mono: 'ui-monospace, monospace',
  },
  fontSizes: {
    small: '0.875rem',
    body: '1.0625rem',
    lead: 'clamp(1.125rem, 0.75rem + 1.8cqi, 1.375rem)',
    h4: '1.125rem',
    h3: '1.3125rem',
    h2: 'clamp(1.4375rem, 1rem + 2.2cqi, 1.75rem)',
    title: 'clamp(1.75rem, 0.5rem + 6.25cqi, 2.625rem)',
  },
  lineHeights: {
    body: '1.65',
    heading: '1.2',
  },
  space: {
    xs: '0.25rem',
    sm: '0.5rem',
    md: '1rem',
    lg: '1.5rem',
    xl: '2.5rem',
  },
  radii: {
    sm: '4px',
    md: '8px',
    lg: '14px',
  },
  focusRing: {
    width: '3px',
    offset: '2px',
  },
  measure: '60ch',
};
