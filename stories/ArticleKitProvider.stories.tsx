import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ArticleBody, ArticleKitProvider, locales, useArticleKit, type Labels } from '../src';

/** Shows every interface string of the current locale, with the provider's overrides. */
function LabelTable() {
  const { labels, locale } = useArticleKit({}, locales);
  return (
    // Fixed layout with wrapping keys: the table fits a 320 px screen.
    <table
      style={{
        borderCollapse: 'collapse',
        fontSize: '0.9rem',
        width: '100%',
        tableLayout: 'fixed',
        overflowWrap: 'anywhere',
      }}
    >
      <caption style={{ textAlign: 'start', fontWeight: 700, paddingBlock: '0.5rem' }}>
        {locale === 'de' ? 'Alle Texte (Deutsch)' : 'All strings (English)'}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start', paddingInlineEnd: '1rem' }}>
            Key
          </th>
          <th scope="col" style={{ textAlign: 'start' }}>
            Text
          </th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(labels) as (keyof Labels)[]).map((key) => (
          <tr key={key}>
            <th scope="row" style={{ textAlign: 'start', fontWeight: 400, paddingInlineEnd: '1rem' }}>
              <code>{key}</code>
            </th>
            <td>{labels[key]}</td>
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
  play: async ({ canvasElement }) => {
    const wrapper = canvasElement.querySelector('[data-ak="ArticleKitProvider"]') as HTMLElement;
    await expect(getComputedStyle(wrapper).display).toBe('contents');
    const article = getComputedStyle(canvasElement.querySelector('[data-ak="ArticleBody"]')!);
    await expect(article.colorScheme).toBe('dark');
    // light-dark() resolves to the dark background: rgb(19, 19, 23)
    await expect(article.backgroundColor).toBe('rgb(19, 19, 23)');
    await expect(article.color).toBe('rgb(236, 236, 241)');
    await expect(getComputedStyle(canvasElement).colorScheme).not.toBe('dark');
  },
};

/** Light scheme: dark text on white. */
export const Light: Story = {
  args: { locale: 'de', colorScheme: 'light', children: themed },
  play: async ({ canvasElement }) => {
    const article = getComputedStyle(canvasElement.querySelector('[data-ak="ArticleBody"]')!);
    await expect(article.backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(article.color).toBe('rgb(27, 27, 31)');
  },
};
