// The embed block in real Chromium, on the static page `renderArticlePage(page, { hydrate })`
// writes, with the browser bundle; both built here from the sources as the package ships them.
// Every request the page makes is recorded and nothing leaves the machine: until the reader
// clicks, not one goes to the platform; after the click exactly one, to its privacy-friendly
// host, and the frame takes the box the server reserved, without moving anything.
import type { Browser, Page } from 'playwright';
import type { ArticlePage } from '../src/server';
import type { Article } from '../src/schema/types';
import {
  axeViolations,
  connectChromium,
  islandsHydrated,
  openPage,
  overflow,
  startSiteServer,
  type Opened,
  type SiteServer,
} from './browser/shared';
import { hostCss } from './fixtures/hostCss';
import { browserModule, shippedServer } from './static-site/builds';

const VIDEO = 'Kq7vTz2mR4w';
const VIDEO_TITLE = 'Rundgang durch das Rechenzentrum in Luleå';

const article: Article = {
  title: 'Abwärme aus dem Rechenzentrum: Wie Nordwerk Luleå heizt',
  lead: 'Die Server eines KI-Rechenzentrums geben Wärme ab, die bisher verpuffte. Jetzt fließt sie ins Fernwärmenetz.',
  blocks: [
    {
      type: 'paragraph',
      text: 'Rund 40 Prozent der Energie, die ein Rechenzentrum aufnimmt, verlassen es als Wärme. Nordwerk leitet sie seit dem Frühjahr in das Netz der Stadtwerke.',
    },
    {
      type: 'embed',
      url: `https://www.youtube.com/watch?v=${VIDEO}`,
      title: VIDEO_TITLE,
      caption: 'Video: Nordwerk',
    },
    {
      type: 'paragraph',
      text: 'Im Winter deckt die Abwärme nach Angaben der Stadtwerke etwa ein Zehntel des Bedarfs der Innenstadt.',
    },
    { type: 'embed', url: 'https://x.com/nordwerk/status/1790000000000000001' },
    { type: 'paragraph', text: 'Die Stadtwerke wollen bis 2027 zwei weitere Rechenzentren anschließen.' },
  ],
};

const page = (colorScheme: 'light' | 'dark'): ArticlePage => ({ article, locale: 'de', colorScheme });
const hydrate = { hydrate: { scriptSrc: '/article-kit.js' } };

/** Hosts of the platforms and of what their frames load: nothing may reach them before the click. */
const PLATFORM =
  /youtube|youtu\.be|ytimg|google|gstatic|doubleclick|vimeo|twitter|twimg|\/\/x\.com|instagram|fbcdn|facebook/i;

let browser: Browser;
let site: SiteServer;

/** A CMS page with global element styles and a narrow column, the article's fragment pasted in. */
const cmsPage = (fragment: string) => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title><link rel="icon" href="data:,">
<style>${hostCss}</style><style>.entry-content { padding: 0 12px; }</style>
</head><body><main><div class="entry-content">${fragment}</div></main></body></html>`;

beforeAll(async () => {
  // `article-kit.js` and `article-kit/server` as the package builds them from the sources: the
  // bundle's class names hash the minified CSS that the built server renders too.
  const [bundle, server] = await Promise.all([browserModule(), shippedServer()]);
  const light = server.renderArticlePage(page('light'), hydrate);
  const dark = server.renderArticlePage(page('dark'), hydrate);
  site = await startSiteServer({
    scripts: { '/article-kit.js': bundle },
    pages: (url) =>
      ({ '/artikel': light.document, '/dunkel': dark.document, '/cms': cmsPage(light.html) })[url.pathname],
  });
  browser = await connectChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface EmbedPage extends Opened {
  /** Every URL the page asked for, in order: its own, and aborted ones elsewhere. */
  requests: string[];
}

/** Opens a page of the site, recording every request; with JavaScript, once the islands hydrated. */
async function open(path: string, { js = true, width = 1024 } = {}): Promise<EmbedPage> {
  const opened = await openPage(browser, { js, width });
  const requests: string[] = [];
  // Frames' requests included: each is recorded as the page issues it (before any wait for it
  // resolves), and only the local site is answered.
  opened.page.on('request', (request) => requests.push(request.url()));
  await opened.page.route('**/*', (route) =>
    route.request().url().startsWith(site.origin) ? route.continue() : route.abort(),
  );
  await opened.page.goto(`${site.origin}${path}`);
  if (js) await islandsHydrated(opened.page);
  return { ...opened, requests };
}

const platformRequests = (requests: string[]) => requests.filter((url) => PLATFORM.test(url));

/** The box of the video's frame, and the top of the paragraph after its figure, in CSS pixels. */
const videoBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('[data-provider="youtube"] > [data-part="frame"]')!;
    const { width, height, top } = box.getBoundingClientRect();
    const next = box.closest('figure')!.nextElementSibling!.getBoundingClientRect().top;
    return { width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10, nextTop: next - top };
  });

describe('embed: the static page with the browser bundle', () => {
  it('requests nothing from the platform until the click, then exactly the privacy-friendly frame', async () => {
    const { page, requests, problems, close } = await open('/artikel');
    try {
      await page.waitForLoadState('networkidle');
      expect(requests.some((url) => url.endsWith('/article-kit.js'))).toBe(true);
      expect(platformRequests(requests)).toEqual([]);
      expect(await page.locator('iframe').count()).toBe(0);

      const button = page.getByRole('button', { name: 'Inhalt von YouTube laden' });
      expect(await button.isVisible()).toBe(true);
      await Promise.all([page.waitForRequest(/youtube-nocookie\.com/), button.click()]);
      await page.waitForLoadState('networkidle');
      expect(platformRequests(requests)).toEqual([`https://www.youtube-nocookie.com/embed/${VIDEO}`]);

      const frame = page.getByTitle(VIDEO_TITLE);
      expect(await frame.evaluate((el) => el.localName)).toBe('iframe');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe(VIDEO_TITLE);
      expect(await page.getByRole('link', { name: VIDEO_TITLE }).getAttribute('href')).toBe(
        `https://www.youtube.com/watch?v=${VIDEO}`,
      );
      // The other embed is still only a notice.
      expect(await page.getByRole('button', { name: 'Inhalt von X laden' }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    { width: 320, text: 100, taller: false },
    { width: 1024, text: 100, taller: false },
    // Text at 200 %: in a phone's column the notice is taller than the video's 16:9, and the box
    // grows to hold it; the frame then fills that box.
    { width: 320, text: 200, taller: true },
  ])(
    'keeps the box of the frame when the frame appears, at $width px, text at $text %',
    async ({ width, text, taller }) => {
      const { page, close } = await open('/artikel', { width });
      try {
        await page.addStyleTag({ content: `html { font-size: ${text}%; }` });
        const hydrated = await videoBox(page);
        expect(hydrated.height > Math.ceil((hydrated.width * 9) / 16) + 1).toBe(taller);
        // The notice and its button stay inside the box.
        expect(
          await page.evaluate(() => {
            const box = document.querySelector('[data-provider="youtube"] > [data-part="frame"]')!;
            return (
              box.querySelector('[data-part="consent"]')!.getBoundingClientRect().bottom <=
              box.getBoundingClientRect().bottom
            );
          }),
        ).toBe(true);
        await page.evaluate(() => {
          const w = window as unknown as { shifts: number[] };
          w.shifts = [];
          new PerformanceObserver((list) =>
            w.shifts.push(...list.getEntries().map((entry) => (entry as unknown as { value: number }).value)),
          ).observe({ type: 'layout-shift' });
        });
        await page.getByRole('button', { name: 'Inhalt von YouTube laden' }).click();
        await page.getByTitle(VIDEO_TITLE).waitFor();
        await page.waitForTimeout(300);
        const loaded = await videoBox(page);
        const frame = await page
          .getByTitle(VIDEO_TITLE)
          .evaluate((el) => [el.getBoundingClientRect().width, el.getBoundingClientRect().height].map(Math.round));
        console.info(
          `embed box at ${width} px, text ${text} %: hydrated ${JSON.stringify(hydrated)}, loaded ${JSON.stringify(loaded)}, frame ${frame.join(' × ')}`,
        );

        expect(loaded).toEqual(hydrated);
        // At least the platform's shape; taller only where the notice needs it.
        expect(hydrated.height).toBeGreaterThanOrEqual(Math.floor((hydrated.width * 9) / 16));
        // The frame fills the box inside its 1 px border.
        expect(frame).toEqual([Math.round(hydrated.width - 2), Math.round(hydrated.height - 2)]);
        expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
        expect((await overflow(page)).scrollWidth).toBe(width);
      } finally {
        await close();
      }
    },
  );

  it('has the same box before the bundle runs as after', async () => {
    const noScript = await open('/artikel', { js: false, width: 1024 });
    const withScript = await open('/artikel', { width: 1024 });
    try {
      expect(await videoBox(withScript.page)).toEqual(await videoBox(noScript.page));
    } finally {
      await noScript.close();
      await withScript.close();
    }
  });

  it('passes axe in light and dark, before and after the click', async () => {
    for (const path of ['/artikel', '/dunkel']) {
      const { page, close } = await open(path);
      try {
        expect(await axeViolations(page), path).toEqual([]);
        await page.getByRole('button', { name: 'Inhalt von X laden' }).click();
        await page.getByTitle('X embed').waitFor();
        expect(await axeViolations(page), `${path}, loaded`).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});

describe('embed: without JavaScript', () => {
  it('shows the notice and a working link to the original, no button, and requests nothing from the platform', async () => {
    const { page, requests, close } = await open('/artikel', { js: false });
    try {
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await page.getByText('Beim Laden werden Daten an YouTube übertragen').isVisible()).toBe(true);
      const link = page.getByRole('link', { name: VIDEO_TITLE });
      expect(await link.getAttribute('href')).toBe(`https://www.youtube.com/watch?v=${VIDEO}`);
      expect(await page.getByRole('link', { name: 'Auf X ansehen' }).isVisible()).toBe(true);
      expect(platformRequests(requests)).toEqual([]);

      // Following the link is the reader's choice: it leads to the platform (aborted here).
      await Promise.all([page.waitForRequest(`https://www.youtube.com/watch?v=${VIDEO}`), link.click()]);
    } finally {
      await close();
    }
  });

  it('passes axe', async () => {
    // axe runs as a script: the page's own script is blocked instead, which leaves the markup a
    // reader without JavaScript gets.
    const { page, close } = await openPage(browser);
    try {
      await page.route('**/article-kit.js', (route) => route.abort());
      await page.goto(`${site.origin}/artikel`);
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('embed: pasted into a CMS page that styles every element', () => {
  it('stays inside a 320 px column and keeps its own button', async () => {
    const { page, problems, close } = await open('/cms', { width: 320 });
    try {
      expect(await overflow(page)).toEqual({ outside: [], scrollWidth: 320 });
      const button = page.getByRole('button', { name: 'Inhalt von YouTube laden' });
      const look = await button.evaluate((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return { transform: style.textTransform, fits: box.width <= el.closest('[data-ak="Embed"]')!.clientWidth };
      });
      expect(look).toEqual({ transform: 'none', fits: true });
      const hydrated = await videoBox(page);
      await button.click();
      await page.getByTitle(VIDEO_TITLE).waitFor();
      expect(await videoBox(page)).toEqual(hydrated);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
