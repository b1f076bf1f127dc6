// `<article-kit-newsletter>` on a page that has nothing of article-kit but the browser module:
// with and without a hostile host stylesheet, with JavaScript on and off.
import type { Browser, Page } from 'playwright';
import { hostCss } from '../fixtures/hostCss';
import { browserModule } from './builds';
import { axeViolations, connectChromium, openPage, startSiteServer, type SiteServer } from '../browser/shared';

let browser: Browser;
let site: SiteServer;

interface EmbedPage {
  /** The hostile host stylesheet of test/fixtures/hostCss.ts. */
  host?: boolean;
  /** A rule of the host's that sets the accent colour on the element. */
  accent?: boolean;
  lang?: string;
  /** Attributes of the element besides title, description and action. */
  attributes?: string;
}

/** A host page: a heading, a paragraph and the signup box with a link as its fallback. */
function embedPage({ host = false, accent = false, lang = 'de', attributes = '' }: EmbedPage): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title><link rel="icon" href="data:,">
<style>body { margin: 0; }</style>
${host ? `<style>${hostCss} body { text-transform: uppercase; letter-spacing: 0.3em; line-height: 3; color: #444; }</style>` : ''}
${accent ? '<style>article-kit-newsletter { --ak-color-accent: rgb(176, 0, 80); }</style>' : ''}
<script type="module" src="/article-kit.js"></script>
</head><body><main><h1>Notizen aus der KI-Forschung</h1><p>Ein Blog ohne React.</p>
<article-kit-newsletter title="KI-Briefing" description="Jeden Freitag das Wichtigste aus der KI-Branche." action="/newsletter"${attributes}>
<a href="/newsletter">Zum Newsletter anmelden</a>
</article-kit-newsletter></main></body></html>`;
}

beforeAll(async () => {
  site = await startSiteServer({
    scripts: { '/article-kit.js': await browserModule() },
    pages: (url) =>
      url.pathname === '/embed'
        ? embedPage({
            host: url.searchParams.has('host'),
            accent: url.searchParams.has('accent'),
            lang: url.searchParams.get('lang') ?? undefined,
            attributes: url.searchParams.get('attributes') ?? undefined,
          })
        : undefined,
  });
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(() => {
  site.signups.length = 0;
  site.answers.length = 0;
});

/** Opens the embed page; with JavaScript, once the box has rendered. */
async function openEmbed(query: Record<string, string> = {}, { js = true, width = 1024 } = {}) {
  const opened = await openPage(browser, { js, width });
  await opened.page.goto(`${site.origin}/embed?${new URLSearchParams(query)}`);
  if (js) await opened.page.locator('article-kit-newsletter [data-ak="NewsletterCta"]').waitFor();
  return opened;
}

const box = (page: Page) => page.locator('article-kit-newsletter');

describe('<article-kit-newsletter>', () => {
  it('renders the box in its shadow root and hides the fallback', async () => {
    const { page, problems, close } = await openEmbed();
    try {
      expect(await page.getByRole('region', { name: 'KI-Briefing' }).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { name: 'KI-Briefing', level: 2 }).isVisible()).toBe(true);
      // German, from the page's lang.
      expect(await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).isVisible()).toBe(true);
      expect(await page.getByText('Wir respektieren deine Privatsphäre.').isVisible()).toBe(true);
      expect(await box(page).evaluate((el) => el.shadowRoot?.mode)).toBe('open');
      expect(await page.getByRole('link', { name: 'Zum Newsletter anmelden' }).isVisible()).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows its fallback link without JavaScript', async () => {
    const { page, close } = await openEmbed({}, { js: false });
    try {
      expect(await page.getByRole('link', { name: 'Zum Newsletter anmelden' }).isVisible()).toBe(true);
      expect(await page.getByRole('textbox').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('looks the same under a host stylesheet that styles every element and the text of the body', async () => {
    const look = async (host: boolean) => {
      const { page, close } = await openEmbed(host ? { host: '1' } : {}, { width: 400 });
      try {
        return await box(page)
          .locator('h2, [data-ak="NewsletterCta"] > div, input[type="text"], button, label, [data-part="note"]')
          .evaluateAll((els) =>
            els.map((el) => {
              const { width, height } = el.getBoundingClientRect();
              const s = getComputedStyle(el);
              return `${el.localName} ${el.textContent?.trim().slice(0, 16)}: ${Math.round(width)} × ${Math.round(height)}, ${s.font}, ${s.letterSpacing}, ${s.textTransform}, ${s.color}`;
            }),
          );
      } finally {
        await close();
      }
    };
    const plain = await look(false);
    expect(plain.length).toBeGreaterThanOrEqual(6);
    expect(await look(true)).toEqual(plain);
  });

  it('signs up in place, without leaving the page', async () => {
    const { page, problems, close } = await openEmbed({ host: '1' });
    try {
      await page.waitForTimeout(1000);
      await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('jonas@beispiel.de');
      await page.getByRole('button', { name: 'Abonnieren' }).click();
      await page.getByText('Danke! Du bist jetzt angemeldet.').waitFor();
      expect(page.url()).toBe(`${site.origin}/embed?host=1`);
      expect(site.signups).toEqual([
        { method: 'POST', fields: expect.objectContaining({ email: 'jonas@beispiel.de' }), json: true },
      ]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    ['without', {}],
    ['with', { host: '1' }],
  ])('passes axe %s the host stylesheet', async (_, query) => {
    const { page, close } = await openEmbed(query);
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('takes the theme custom properties the host sets, and its color-scheme attribute', async () => {
    const { page, close } = await openEmbed({ accent: '1', host: '1' });
    try {
      const button = page.getByRole('button', { name: 'Abonnieren' });
      expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(176, 0, 80)');
      const surface = () =>
        page
          .locator('article-kit-newsletter [data-ak="NewsletterCta"]')
          .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await surface()).toBe('rgb(243, 244, 248)');
      await box(page).evaluate((el) => el.setAttribute('color-scheme', 'dark'));
      await expect.poll(surface).toBe('rgb(31, 32, 39)');
    } finally {
      await close();
    }
  });

  it('follows its attributes and the page language, and unmounts when removed', async () => {
    const { page, problems, close } = await openEmbed({ lang: 'fr' });
    try {
      // Neither German nor English: English.
      const field = page.getByRole('textbox', { name: 'Email address' });
      await field.fill('jonas@beispiel.de');
      await box(page).evaluate((el) => {
        el.setAttribute('locale', 'de');
        el.setAttribute('title', 'KI-Briefing am Freitag');
        el.setAttribute('privacy-note', '');
      });
      await page.getByRole('heading', { name: 'KI-Briefing am Freitag' }).waitFor();
      // The same field, relabelled, with what the reader typed.
      expect(await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).inputValue()).toBe('jonas@beispiel.de');
      expect(await page.getByText('Wir respektieren deine Privatsphäre.').count()).toBe(0);

      const rendered = () =>
        box(page).evaluate((el) => el.shadowRoot!.querySelectorAll('[data-ak="NewsletterCta"]').length);
      await page.evaluate(() => {
        const el = document.querySelector('article-kit-newsletter')!;
        (window as unknown as { removed: Element }).removed = el;
        el.remove();
      });
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              (window as unknown as { removed: Element }).removed.shadowRoot!.querySelectorAll(
                '[data-ak="NewsletterCta"]',
              ).length,
          ),
        )
        .toBe(0);
      await page.evaluate(() =>
        document.querySelector('main')!.append((window as unknown as { removed: Element }).removed),
      );
      await expect.poll(rendered).toBe(1);
      expect(await page.getByRole('heading', { name: 'KI-Briefing am Freitag' }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
