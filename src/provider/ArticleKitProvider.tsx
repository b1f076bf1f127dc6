'use client';

import * as React from 'react';
import type { ArticleKitTheme } from '../theme';
import { wrapperStyle } from '../theme/themeStyle';
import { ArticleKitContext, pickStrings, type ArticleKitSettings, type LinkComponent } from './context';
import { matchLocale, type Labels, type Locale } from './locales';

/** Props of {@link ArticleKitProvider}. */
export interface ArticleKitProviderProps {
  /**
   * Interface language of every article-kit component inside. Each of them also sets it as
   * `lang` on its own root, so hyphenation and screen-reader pronunciation match the text. A
   * component shows the languages of the entry it is imported from (`article-kit`: English and
   * German; `article-kit/fr`: French).
   * @default the entry's language: 'en' from `article-kit`, 'fr' from `article-kit/fr`
   */
  locale?: Locale;
  /** Partial override of any interface string; the rest come from `locales[locale]`. */
  labels?: Partial<Labels>;
  /**
   * Design tokens, made with `createTheme`. Set as `--ak-…` CSS custom properties on the
   * wrapper, so host CSS can still restyle any of them.
   * @default defaultTheme
   */
  theme?: ArticleKitTheme;
  /**
   * `light`, `dark`, or `auto` to follow the reader's `prefers-color-scheme`.
   * @default 'light'
   */
  colorScheme?: 'light' | 'dark' | 'auto';
  /**
   * Keep the host page's font instead of the theme's font stacks.
   * @default false
   */
  inheritFont?: boolean;
  /** Component used for every link article-kit renders, e.g. a router's `Link`. @default 'a' */
  linkComponent?: LinkComponent;
  /** The article view. */
  children?: React.ReactNode;
}

/**
 * Sets locale, strings, theme and link component for the article-kit components inside it.
 * Optional: every component also renders without it. It can wrap a whole app: its wrapper is
 * `display: contents` and holds only the `--ak-…` custom properties, so the host's own content
 * inside keeps its layout, language, colours and font.
 */
export function ArticleKitProvider({
  locale,
  labels,
  theme,
  colorScheme = 'light',
  inheritFont = false,
  linkComponent,
  children,
}: ArticleKitProviderProps): React.JSX.Element {
  // Unset (or not a language article-kit ships): each component keeps its entry's language.
  const resolvedLocale = matchLocale(locale);
  const labelKey = labels ? JSON.stringify(pickStrings(labels)) : '{}';
  const value = React.useMemo<ArticleKitSettings>(
    () => ({ locale: resolvedLocale, labels: JSON.parse(labelKey) as Partial<Labels>, linkComponent }),
    [resolvedLocale, labelKey, linkComponent],
  );
  const scheme = colorScheme === 'dark' || colorScheme === 'auto' ? colorScheme : 'light';
  const style = wrapperStyle(theme, { colorScheme: scheme, inheritFont });
  const Provider = ArticleKitContext!.Provider;
  return (
    <Provider value={value}>
      <div data-ak="ArticleKitProvider" data-ak-color-scheme={scheme} style={style}>
        {children}
      </div>
    </Provider>
  );
}
