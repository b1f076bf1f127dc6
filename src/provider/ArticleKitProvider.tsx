'use client';

import * as React from 'react';
import { styled } from 'styled-components';
import { defaultTheme, themeStyle, type ArticleKitTheme } from '../theme';
import { ArticleKitContext, pickStrings, type ArticleKitSettings, type LinkComponent } from './context';
import { resolveLocale, type Labels, type Locale } from './locales';

/** Props of {@link ArticleKitProvider}. */
export interface ArticleKitProviderProps {
  /**
   * Interface language of every article-kit component inside. Also set as `lang` on the
   * wrapper, so hyphenation and screen-reader pronunciation match the text.
   * @default 'en'
   */
  locale?: Locale;
  /** Partial override of any interface string; the rest come from `locales[locale]`. */
  labels?: Partial<Labels>;
  /**
   * Design tokens, made with `createTheme`. Applied as `--ak-…` CSS custom properties on the
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

const Root = styled.div`
  display: block;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
`;

/**
 * Sets locale, strings, theme and link component for the article-kit components inside it.
 * Optional: every component also renders without it.
 */
export function ArticleKitProvider({
  locale = 'en',
  labels,
  theme = defaultTheme,
  colorScheme = 'light',
  inheritFont = false,
  linkComponent,
  children,
}: ArticleKitProviderProps): React.JSX.Element {
  const resolvedLocale = resolveLocale(locale);
  const labelKey = labels ? JSON.stringify(pickStrings(labels)) : '{}';
  const value = React.useMemo<ArticleKitSettings>(
    () => ({ locale: resolvedLocale, labels: JSON.parse(labelKey) as Partial<Labels>, linkComponent }),
    [resolvedLocale, labelKey, linkComponent],
  );
  const scheme = colorScheme === 'dark' || colorScheme === 'auto' ? colorScheme : 'light';
  const style = themeStyle(theme, { colorScheme: scheme, inheritFont });
  const Provider = ArticleKitContext!.Provider;
  return (
    <Provider value={value}>
      <Root data-ak="ArticleKitProvider" data-ak-color-scheme={scheme} lang={resolvedLocale} style={style}>
        {children}
      </Root>
    </Provider>
  );
}
