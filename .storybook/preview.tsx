import type { Decorator, Preview } from '@storybook/react-vite';
import type * as React from 'react';
import { ArticleKitProvider, type Locale } from '../src';
import { HostNote, PRESETS, presetTheme, releaseFocus, say, schemeOf } from './review';
import { DEVICES, deviceOf, viewportOptions } from './viewports';

type Globals = Record<string, unknown>;

/**
 * The docs page shows every story in one column. A story made for a device gets a column of
 * that device's width there, captioned; the canvas shows it in a window of the device's size.
 */
function DeviceColumn({ globals, children }: { globals: Globals; children: React.ReactNode }) {
  const key = deviceOf(globals);
  if (!key) return <>{children}</>;
  const { name, width, height } = DEVICES[key];
  return (
    <div style={{ maxInlineSize: `${width}px`, marginInline: 'auto' }}>
      <HostNote data-story-device={key}>
        {say(globals, {
          de: `${name.replace('Phone', 'Telefon')}, ${width} × ${height} px: hier in der Breite des Geräts, in der Einzelansicht in seinem Fenster.`,
          en: `${name}, ${width} × ${height} px: here at the device's width, in the canvas in its window.`,
        })}
      </HostNote>
      {children}
    </div>
  );
}

const withArticleKit: Decorator = (Story, context) => {
  if (context.parameters.articleKitProvider === false) return <Story />;
  const locale = (context.globals.locale as Locale | undefined) ?? 'de';
  const inDocs = context.viewMode === 'docs';
  // On the docs page only the story's own device counts, not the one picked in the toolbar.
  const storyGlobals = (context as { storyGlobals?: Globals }).storyGlobals ?? {};
  return (
    <ArticleKitProvider locale={locale} colorScheme={schemeOf(context.globals)} theme={presetTheme(context.globals)}>
      {/* The host page: its background and text follow the chosen scheme, as a host's would,
          and in the canvas it fills the whole window. */}
      <div
        data-story-host=""
        style={{
          boxSizing: 'border-box',
          minBlockSize: inDocs ? undefined : '100vh',
          padding: 'var(--ak-space-lg) var(--ak-space-md)',
          fontFamily: 'var(--ak-font-body)',
          colorScheme: 'var(--ak-color-scheme)',
          color: 'var(--ak-color-text)',
          backgroundColor: 'var(--ak-color-background)',
        }}
      >
        {inDocs ? (
          <DeviceColumn globals={{ locale: context.globals.locale, ...storyGlobals }}>
            <Story />
          </DeviceColumn>
        ) : (
          <Story />
        )}
      </div>
    </ArticleKitProvider>
  );
};

/**
 * The canvas page itself (scroll bars, what shows past the end of a story) takes the story's
 * scheme and the theme's background; a story without the kit's provider gets the plain page.
 */
const paintCanvas: NonNullable<Preview['beforeEach']> = ({ globals, parameters, viewMode }) => {
  if (viewMode !== 'story') return;
  const root = document.documentElement.style;
  if (parameters.articleKitProvider === false) {
    root.removeProperty('color-scheme');
    root.removeProperty('background-color');
    return;
  }
  const scheme = schemeOf(globals);
  const { light, dark } = presetTheme(globals).colors.background;
  root.setProperty('color-scheme', scheme === 'auto' ? 'light dark' : scheme);
  root.setProperty('background-color', `light-dark(${light}, ${dark})`);
  // Back to the plain page when the story goes, e.g. for a docs page.
  return () => {
    root.removeProperty('color-scheme');
    root.removeProperty('background-color');
  };
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withArticleKit],
  beforeEach: paintCanvas,
  // A play function tests; the frame it leaves shows the story. Focus it moved to a control is
  // let go, so no focus ring is left over in that frame (the tests of focus rings run before).
  afterEach: () => releaseFocus(),
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
          // The root entry carries English and German; the language stories of the article page
          // render from their own entries (`article-kit/fr`, …).
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'it', title: 'Italiano' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'pl', title: 'Polski' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Follow system' },
        ],
        dynamicTitle: true,
      },
    },
    preset: {
      description: 'Theme preset: the tokens handed to ArticleKitProvider',
      toolbar: {
        title: 'Preset',
        icon: 'paintbrush',
        items: Object.entries(PRESETS).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  // STORYBOOK_LOCALE=en plays the stories in English and STORYBOOK_PRESET=editorial in the
  // editorial theme (npm run test:stories:en does both).
  initialGlobals: {
    locale: import.meta.env.STORYBOOK_LOCALE === 'en' ? 'en' : 'de',
    theme: 'light',
    preset: import.meta.env.STORYBOOK_PRESET === 'editorial' ? 'editorial' : 'sans',
  },
  parameters: {
    layout: 'fullscreen',
    // The devices of the viewport toolbar; a story made for one sets `globals: onDevice(…)`.
    viewport: { options: viewportOptions },
    controls: { expanded: true, matchers: { date: /At$/ } },
    // Every story is also an accessibility test: a violation fails the browser lane.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    },
    docs: { toc: true },
  },
};

export default preview;
