// What the preview and the stories share: the theme presets of the toolbar, text in the
// toolbar's language, and the host page's own parts, drawn with the kit's tokens.
import type * as React from 'react';
import { expect } from 'storybook/test';
import { editorialTheme, sansTheme, type ArticleKitTheme } from '../src';
import { DEVICES, deviceOf, type DeviceKey } from './viewports';

type Globals = Record<string, unknown>;

/** The theme presets of the toolbar: the value of the `preset` global and its theme. */
export const PRESETS = {
  sans: { title: 'Sans', theme: sansTheme },
  editorial: { title: 'Editorial serif', theme: editorialTheme },
} as const satisfies Record<string, { title: string; theme: ArticleKitTheme }>;

export type PresetKey = keyof typeof PRESETS;

/** The theme the toolbar's preset stands for (the sans theme when none is chosen). */
export const presetTheme = (globals: Globals): ArticleKitTheme =>
  PRESETS[globals.preset === 'editorial' ? 'editorial' : 'sans'].theme;

/** The toolbar's colour scheme, as the provider takes it. */
export const schemeOf = (globals: Globals): 'light' | 'dark' | 'auto' =>
  globals.theme === 'dark' || globals.theme === 'auto' ? globals.theme : 'light';

/**
 * The language of the text the stories add around the components (labels of the host page,
 * captions): German for German, English for every other locale of the toolbar.
 */
export const hostLanguage = (globals: Globals): 'de' | 'en' =>
  globals.locale === 'de' || globals.locale === undefined ? 'de' : 'en';

/** Text the stories add around the components, in the toolbar's language (see `hostLanguage`). */
export const say = (globals: Globals, text: { de: string; en: string }): string => text[hostLanguage(globals)];

/**
 * Lets go of the keyboard focus, also inside shadow roots and frames, so that a story's last
 * frame shows the state it is about rather than a focus ring its play function left behind.
 */
export function releaseFocus(doc: Document = document): void {
  let active: Element | null = doc.activeElement;
  const chain: Element[] = [];
  while (active && active !== doc.body) {
    chain.push(active);
    const inner: Element | null | undefined = active.shadowRoot?.activeElement;
    if (!inner) break;
    active = inner;
  }
  for (const element of chain.reverse()) {
    if (element instanceof HTMLElement || element instanceof SVGElement) element.blur();
  }
}

/**
 * The device the story is shown on, when it asks for one: in the canvas (and the test browser)
 * the window has that device's width. `null` on the docs page, where stories share the page's
 * width.
 */
export function deviceWidth(context: { globals: Globals; viewMode?: string }): number | null {
  const key = deviceOf(context.globals);
  return key && context.viewMode !== 'docs' ? DEVICES[key].width : null;
}

/** The device a story asks for in its own `globals`, for the docs page's caption. */
export const storyDevice = (storyGlobals: Globals | undefined): DeviceKey | undefined => deviceOf(storyGlobals);

const buttonStyle: React.CSSProperties = {
  font: 'inherit',
  fontFamily: 'var(--ak-font-body)',
  fontSize: 'var(--ak-font-size-small)',
  fontWeight: 600,
  color: 'var(--ak-color-on-accent)',
  backgroundColor: 'var(--ak-color-accent)',
  border: 0,
  borderRadius: 'var(--ak-radius-sm)',
  padding: 'var(--ak-space-sm) var(--ak-space-md)',
  minBlockSize: '44px',
  cursor: 'pointer',
};

/** A button of the host page, in the kit's accent. */
export function HostButton(props: React.ButtonHTMLAttributes<HTMLButtonElement>): React.JSX.Element {
  return <button type="button" {...props} style={{ ...buttonStyle, ...props.style }} />;
}

/** A note of the host page around a component: small, muted, in the kit's body font. */
export function HostNote({ children, style, ...rest }: React.HTMLAttributes<HTMLParagraphElement>): React.JSX.Element {
  return (
    <p
      {...rest}
      style={{
        margin: '0 0 var(--ak-space-md)',
        fontFamily: 'var(--ak-font-body)',
        fontSize: 'var(--ak-font-size-small)',
        lineHeight: 'var(--ak-line-height-body)',
        color: 'var(--ak-color-text-muted)',
        ...style,
      }}
    >
      {children}
    </p>
  );
}

/**
 * Checks that a story made for a device runs in a window of that device's width: in the canvas
 * and in the test browser (not on the docs page, where it shares the page's width).
 */
export async function expectDeviceWindow(context: { globals: Globals; viewMode?: string }): Promise<void> {
  const width = deviceWidth(context);
  if (width !== null) await expect(window.innerWidth, "the window of the story's device").toBe(width);
}

type ColorToken = keyof ArticleKitTheme['colors'];

/**
 * A colour of the toolbar's preset in one scheme, as `getComputedStyle` reports it
 * (`rgb(r, g, b)`), so a story checks the colours of whichever preset it is shown in.
 */
export function tokenColor(globals: Globals, token: ColorToken, scheme: 'light' | 'dark'): string {
  const hex = presetTheme(globals).colors[token][scheme].replace('#', '');
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The colour the reader sees behind an element: the first background that is not transparent. */
export function groundOf(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}
