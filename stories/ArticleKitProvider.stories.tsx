import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleBody, ArticleKitProvider, locales, useArticleKit, type Labels } from '../src';
import { presetTheme, tokenColor } from '../.storybook/review';

const cell = { textAlign: 'start', paddingBlock: 'var(--ak-space-xs)' } as const;

/** Shows every interface string of the current locale, with the provider's overrides. */
function LabelTable() {
  const { labels, locale } = useArticleKit({}, locales);
  return (
    // Fixed layout with wrapping keys: the table fits a 320 px screen. It is the host's table, in
    // the provider's tokens (the page around it keeps its own colours).
    <table
      lang={locale}
      style={{
        borderCollapse: 'collapse',
        fontFamily: 'var(--ak-font-body)',
        fontSize: 'var(--ak-font-size-small)',
        lineHeight: 'var(--ak-line-height-body)',
        color: 'var(--ak-color-text)',
        width: '100%',
        tableLayout: 'fixed',
        overflowWrap: 'anywhere',
      }}
    >
      <caption
        style={{
          textAlign: 'start',
          fontFamily: 'var(--ak-font-heading)',
          fontWeight: 700,
          paddingBlock: 'var(--ak-space-sm)',
        }}
      >
        {locale === 'de' ? 'Alle Texte (Deutsch)' : 'All strings (English)'}
      </caption>
      <thead>
        <tr style={{ borderBlockEnd: '1px solid var(--ak-color-border)' }}>
          <th scope="col" style={{ ...cell, paddingInlineEnd: 'var(--ak-space-md)' }}>
            {locale === 'de' ? 'Schlüssel' : 'Key'}
          </th>
          <th scope="col" style={cell}>
            Text
          </th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(labels) as (keyof Labels)[]).map((key) => (
          <tr key={key} style={{ borderBlockEnd: '1px solid var(--ak-color-border)' }}>
            <th scope="row" style={{ ...cell, fontWeight: 400, paddingInlineEnd: 'var(--ak-space-md)' }}>
              <code style={{ fontFamily: 'var(--ak-font-mono)' }}>{key}</code>
            </th>
            <td style={cell}>{labels[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Foundation/ArticleKitProvider',
  component: ArticleKitProvider,
  parameters: { articleKitProvider: false },
  // The toolbar's preset is the theme, unless a story gives its own.
  render: (args, { globals }) => <ArticleKitProvider {...args} theme={args.theme ?? presetTheme(globals)} />,
  args: { children: <LabelTable /> },
} satisfies Meta<typeof ArticleKitProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The German strings: the reference page's words. */
export const German: Story = {
  args: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: 'Alle Texte (Deutsch)' })).toBeVisible();
    await expect(canvas.getByRole('row', { name: /navPrevious Zurück/ })).toBeVisible();
    await expect(canvas.getByRole('row', { name: /navNext Weiter/ })).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(Object.keys(locales.de).length + 1);
  },
};

/** The English defaults, used when no provider is present. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('row', { name: /navPrevious Previous/ })).toBeVisible();
  },
};

/** A host overrides single strings; the rest stay as they are. */
export const OverriddenLabels: Story = {
  args: { locale: 'de', labels: { navNext: 'Nächster Beitrag' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('row', { name: /navNext Nächster Beitrag/ })).toBeVisible();
    await expect(canvas.getByRole('row', { name: /navPrevious Zurück/ })).toBeVisible();
  },
};

/** A short article in the provider's theme; the page around it is the host's and stays white. */
const themed = (
  <ArticleBody
    title="Lumatek baut eigene Rechenzentren"
    lead="Der Chipentwickler will seine Beschleuniger selbst betreiben."
    blocks={[{ type: 'paragraph', text: 'Drei Standorte in Deutschland sollen ab dem dritten Quartal laufen.' }]}
  />
);

/** The dark colour scheme, chosen explicitly: the article takes it, the host's page does not. */
export const Dark: Story = {
  args: { locale: 'de', colorScheme: 'dark', children: themed },
  play: async ({ canvasElement, globals }) => {
    const wrapper = canvasElement.querySelector('[data-ak="ArticleKitProvider"]') as HTMLElement;
    await expect(getComputedStyle(wrapper).display).toBe('contents');
    const article = getComputedStyle(canvasElement.querySelector('[data-ak="ArticleBody"]')!);
    await expect(article.colorScheme).toBe('dark');
    // light-dark() resolves to the theme's dark background and text.
    await expect(article.backgroundColor).toBe(tokenColor(globals, 'background', 'dark'));
    await expect(article.color).toBe(tokenColor(globals, 'text', 'dark'));
    await expect(getComputedStyle(canvasElement).colorScheme).not.toBe('dark');
  },
};

/** Light scheme: dark text on white. */
export const Light: Story = {
  args: { locale: 'de', colorScheme: 'light', children: themed },
  play: async ({ canvasElement, globals }) => {
    const article = getComputedStyle(canvasElement.querySelector('[data-ak="ArticleBody"]')!);
    await expect(article.backgroundColor).toBe(tokenColor(globals, 'background', 'light'));
    await expect(article.backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(article.color).toBe(tokenColor(globals, 'text', 'light'));
  },
};
