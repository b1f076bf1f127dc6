import type { Decorator, Preview } from '@storybook/react-vite';
import { ArticleKitProvider, type Locale } from '../src';

const WIDTHS: Record<string, string> = { '320': '320px', '768': '768px', '1280': '1280px', wide: '100%' };

const withArticleKit: Decorator = (Story, context) => {
  const locale = (context.globals.locale as Locale | undefined) ?? 'de';
  const scheme = (context.globals.theme as 'light' | 'dark' | 'auto' | undefined) ?? 'light';
  const width = WIDTHS[String(context.globals.width ?? 'wide')] ?? '100%';
  if (context.parameters.articleKitProvider === false) return <Story />;
  return (
    <div data-story-width={context.globals.width ?? 'wide'} style={{ width, maxWidth: '100%', margin: '0 auto' }}>
      <ArticleKitProvider locale={locale} colorScheme={scheme}>
        {/* The host page: its background and text follow the chosen scheme, as a host's would. */}
        <div
          style={{
            padding: '1.5rem 1rem',
            minHeight: '100%',
            colorScheme: 'var(--ak-color-scheme)',
            color: 'var(--ak-color-text)',
            backgroundColor: 'var(--ak-color-background)',
          }}
        >
          <Story />
        </div>
      </ArticleKitProvider>
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withArticleKit],
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
    width: {
      description: 'Width of the host container',
      toolbar: {
        title: 'Width',
        icon: 'mobile',
        items: [
          { value: '320', title: '320 px (phone)' },
          { value: '768', title: '768 px (tablet)' },
          { value: '1280', title: '1280 px (desktop)' },
          { value: 'wide', title: 'Full width' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // STORYBOOK_LOCALE=en plays the stories in English (npm run test:stories:en).
  initialGlobals: {
    locale: import.meta.env.STORYBOOK_LOCALE === 'en' ? 'en' : 'de',
    theme: 'light',
    width: 'wide',
  },
  parameters: {
    layout: 'fullscreen',
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
