// Proves the packed article-kit tarball inside real host sites (e2e/consumers): plain Node server
// rendering with React 19 and 18.3 through `import` and `require`, a prerendered Vite single-page
// app and a Next.js App Router app, both driven in system Chromium.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { consumersDir, prepareConsumers, repoRoot } from './run-consumers.mjs';

interface FixtureArticle {
  title: string;
  faq: { question: string; answer: string }[];
  next: { href: string; title: string };
}

const article = JSON.parse(
  readFileSync(path.join(repoRoot, 'e2e', 'fixtures', 'article.de.json'), 'utf8'),
) as FixtureArticle;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
// React's development wording, and the production error codes of a failed hydration.
const HYDRATION =
  /hydrat|did not match|server rendered html|server-rendered html|Minified React error #(418|419|421|422|423|425)\b/i;

/** Text as React writes it into HTML. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

/** Waits (up to 5 s) until the element is shown, or hidden. */
async function expectVisible(locator: Locator, visible = true) {
  await expect
    .poll(() => locator.isVisible(), {
      timeout: 5_000,
      message: `${locator} should be ${visible ? 'shown' : 'hidden'}`,
    })
    .toBe(visible);
}

/** Waits (up to 5 s) until the element has the keyboard focus. */
async function expectFocused(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((node) => node === document.activeElement), {
      timeout: 5_000,
      message: `${locator} should have the focus`,
    })
    .toBe(true);
}

/** What the server-rendered article must hold; returns what it lacks (short, for readable failures). */
function missingFromHtml(html: string): string[] {
  const expected: [string, boolean][] = [
    ['data-ak="ArticleLayout"', html.includes('data-ak="ArticleLayout"')],
    [`<h1>${article.title}</h1>`, new RegExp(`<h1[^>]*>${escapeHtml(article.title)}</h1>`).test(html)],
    ...article.faq.flatMap(({ question, answer }): [string, boolean][] => [
      [`question "${question}"`, html.includes(escapeHtml(question))],
      [`answer "${answer.slice(0, 40)}…"`, html.includes(escapeHtml(answer))],
    ]),
    ['newsletter title KI WEEKLY', html.includes('KI WEEKLY')],
    [
      '<form action="/api/newsletter" method="post">',
      /<form[^>]*action="\/api\/newsletter"[^>]*method="post"/.test(html),
    ],
    [
      'JSON-LD with NewsArticle and FAQPage',
      /<script type="application\/ld\+json"[^>]*>(?:(?!<\/script>).)*"NewsArticle"(?:(?!<\/script>).)*"FAQPage"/s.test(
        html,
      ),
    ],
  ];
  // The host asked for German: every interface string is German, none is left in English.
  for (const german of [
    'aria-label="Weitere Artikel"',
    'Zurück',
    'E-Mail-Adresse',
    'Abonnieren',
    'Veröffentlicht am',
  ]) {
    expected.push([`German "${german}"`, html.includes(german)]);
  }
  expected.push(['German "Weiter"', /\bWeiter\b/.test(html)]);
  // As words: the German strings travel to the client parts with their keys
  // (`newsletterAlreadySubscribed`), which are not English text a reader could see.
  for (const english of ['More articles', 'Previous', 'Email address', 'Subscribe', 'Published on', 'min read']) {
    expected.push([`no English "${english}"`, !new RegExp(`\\b${english}\\b`).test(html)]);
  }
  return expected.filter(([, found]) => !found).map(([what]) => what);
}

/**
 * The article-kit roots (`data-ak`) in the markup whose styled-components class has no rule in
 * the given CSS; throws when the markup has no styled root at all, so the check cannot pass empty.
 */
function unstyledRoots(html: string, css: string): string[] {
  const roots = [...html.matchAll(/<\w+ [^>]*data-ak="(\w+)"[^>]*>/g)].map(([tag, name]) => ({
    name: name!,
    classNames: (/ class="([^"]*)"/.exec(tag)?.[1] ?? '')
      .split(' ')
      .filter((c) => c && !c.startsWith('sc-') && !c.startsWith('ak-')),
  }));
  const styled = roots.filter((root) => root.classNames.length > 0);
  if (styled.length < 5) throw new Error(`expected the five styled article-kit roots, found ${styled.length}`);
  return styled
    .filter((root) => !root.classNames.every((className) => css.includes(`.${className}{`)))
    .map((root) => `${root.name} (.${root.classNames.join(' .')})`);
}

let tmp = '';
let browser: Browser | undefined;

beforeAll(async () => {
  // Installs and builds only what changed since the last run (see run-consumers.mjs).
  await prepareConsumers({ log: (line) => console.log(line) });
  tmp = mkdtempSync(path.join(tmpdir(), 'ak-consumers-'));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.each([
  { react: '19.3.1', dir: 'node-ssr/react19' },
  { react: '18.3.1', dir: 'node-ssr/react18' },
])('plain Node server rendering with React $react', ({ react, dir }) => {
  describe.each([
    { system: 'import', script: 'render.mjs' },
    { system: 'require', script: 'render.cjs' },
  ])('through $system', ({ system, script }) => {
    function render(mode: 'production' | 'development') {
      const result = spawnSync(process.execPath, [script], {
        cwd: path.join(consumersDir, dir),
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: mode },
      });
      if (result.status !== 0) throw new Error(`${script} exited with ${result.status}:\n${result.stderr}`);
      const output = JSON.parse(result.stdout) as { system: string; react: string; html: string; css: string };
      return { ...output, stderr: result.stderr };
    }

    it('renders the full article with its title, every FAQ answer and the CSS', () => {
      const { html, css, react: version, system: loadedBy } = render('production');
      expect(version).toBe(react);
      expect(loadedBy).toBe(system);
      expect(missingFromHtml(html)).toEqual([]);
      expect(css).toMatch(/^<style[^>]*data-styled="true"/);
      expect(unstyledRoots(html, css)).toEqual([]);
    });

    it('renders in development mode without a warning on stderr', () => {
      const { html, stderr } = render('development');
      expect(missingFromHtml(html)).toEqual([]);
      expect(stderr).toBe('');
    });
  });
});

interface Server {
  url: string;
  process: ChildProcess;
  output: () => string;
  submissions: () => string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(name: string, command: string[], cwd: string): Promise<Server> {
  const port = await freePort();
  const submissionsFile = path.join(tmp, `${name}-submissions.txt`);
  const child = spawn(process.execPath, command, {
    cwd,
    // Its own process group, so stopping it also stops any worker it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      AK_SUBMISSIONS_FILE: submissionsFile,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} server did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    submissions: () => {
      try {
        return readFileSync(submissionsFile, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
  };
}

async function stopServer(server: Server | undefined) {
  const child = server?.process;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

interface Visit {
  page: Page;
  /** Console errors and warnings, page errors and failed requests, in order. */
  problems: string[];
  /** Every console message, to look for hydration warnings at any level. */
  messages: string[];
}

describe.each([
  {
    name: 'Vite single-page app (prerendered, hydrated)',
    dir: 'vite-app',
    command: ['server.mjs'],
    // With JavaScript the app subscribes through onSubscribe (fetch) and confirms in place.
    confirmation: 'Danke! Du bist jetzt angemeldet.',
    // No router: the previous/next links are plain links.
    routerLinks: false,
  },
  {
    name: 'Next.js App Router app (server component page)',
    dir: 'next-app',
    command: ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1'],
    // The server page passes no function, only the route handler as action: once hydrated, the
    // box sends the form there with fetch and confirms in place.
    confirmation: 'Danke! Du bist jetzt angemeldet.',
    // next/link, handed to the server-rendered navigation by the page.
    routerLinks: true,
  },
])('$name', ({ dir, command, confirmation, routerLinks }) => {
  let server: Server | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer(dir, command, path.join(consumersDir, dir));
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await stopServer(server);
  });

  async function visit(options: { width?: number; javaScript?: boolean } = {}): Promise<Visit> {
    const javaScript = options.javaScript ?? true;
    const context = await browser!.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: javaScript,
      locale: 'de-DE',
    });
    contexts.push(context);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const problems: string[] = [];
    const messages: string[] = [];
    page.on('console', (message) => {
      messages.push(`${message.type()}: ${message.text()}`);
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A navigation (the form post) cancels the router's prefetches: that is no fault.
      const reason = request.failure()?.errorText;
      if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
    });
    await page.addInitScript(() => {
      const shifts = { value: 0 };
      (window as unknown as { __akLayoutShift: typeof shifts }).__akLayoutShift = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.value += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(server!.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    if (javaScript) {
      await page.waitForSelector('html[data-hydrated="true"]', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    }
    return { page, problems, messages };
  }

  async function axe(page: Page) {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }, WCAG_22_AA);
    return violations;
  }

  /** The FAQ question control and its answer text. */
  function faqItem(page: Page, index: number) {
    const { question, answer } = article.faq[index]!;
    return {
      // A button (disclosure pattern) or a <summary> (native details), whichever the FAQ renders.
      question: page
        .getByRole('button', { name: question, exact: true })
        .or(page.locator('summary').filter({ hasText: question })),
      answer: page.getByText(answer, { exact: true }),
    };
  }

  it('serves the styled article with every FAQ answer in the HTML', async () => {
    const html = await (await fetch(server!.url)).text();
    expect(missingFromHtml(html)).toEqual([]);
    // The styles arrive with the HTML (no unstyled flash): every styled root has its rules in it.
    const styles = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map(([, css]) => css).join('\n');
    expect(unstyledRoots(html, styles)).toEqual([]);
  });

  it('loads and hydrates with no console errors and no hydration warnings', async () => {
    const { page, problems, messages } = await visit();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(article.title);
    expect([...messages, ...problems].filter((message) => HYDRATION.test(message))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('is axe clean (WCAG 2.2 AA) at 1280 px and at 320 px, with every FAQ answer open', async () => {
    for (const width of [1280, 320]) {
      const { page, problems } = await visit({ width });
      expect({ width, violations: await axe(page) }).toEqual({ width, violations: [] });
      for (let index = 0; index < article.faq.length; index++) {
        const { question, answer } = faqItem(page, index);
        if (!(await answer.isVisible())) await question.click();
        await expectVisible(answer);
      }
      expect({ width, open: true, violations: await axe(page) }).toEqual({ width, open: true, violations: [] });
      expect(problems).toEqual([]);
    }
  });

  it('has no horizontal overflow at 320 px, also with the FAQ open', async () => {
    const { page, problems } = await visit({ width: 320 });
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    for (let index = 0; index < article.faq.length; index++) {
      const { question, answer } = faqItem(page, index);
      if (!(await answer.isVisible())) await question.click();
    }
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
  });

  it('keeps the cumulative layout shift under 0.01 at 1280 px and at 320 px', async () => {
    for (const width of [1280, 320]) {
      const { page } = await visit({ width });
      const supported = await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'));
      expect(supported).toBe(true);
      // Let late work (fonts, effects after hydration) land before reading the total.
      await page.waitForTimeout(500);
      const cls = await page.evaluate(
        () => (window as unknown as { __akLayoutShift: { value: number } }).__akLayoutShift.value,
      );
      expect({ width, cls }).toEqual({ width, cls: expect.any(Number) });
      expect(cls, `CLS at ${width} px`).toBeLessThan(0.01);
    }
  });

  it('opens and closes a FAQ answer by keyboard', async () => {
    const { page, problems } = await visit();
    for (const index of [0, article.faq.length - 1]) {
      const { question, answer } = faqItem(page, index);
      await question.focus();
      await expectFocused(question);
      const openAtStart = await answer.isVisible();
      await page.keyboard.press('Enter');
      await expectVisible(answer, !openAtStart);
      await page.keyboard.press('Space');
      await expectVisible(answer, openAtStart);
      await page.keyboard.press('Enter');
      await expectVisible(answer, !openAtStart);
      await expectFocused(question);
    }
    expect(problems).toEqual([]);
  });

  it('fills and submits the newsletter form by keyboard', async () => {
    const { page, problems } = await visit();
    const email = `leserin.tastatur.${dir}@beispiel.de`;
    const field = page.getByRole('textbox', { name: /E-Mail-Adresse/ });
    await field.focus();
    await page.keyboard.type(email);
    expect(await field.inputValue()).toBe(email);
    // Walk to the submit button with Tab, ticking a consent box on the way if the form has one.
    const submit = page.getByRole('button', { name: 'Abonnieren' });
    for (let step = 0; step < 5 && !(await submit.evaluate((node) => node === document.activeElement)); step++) {
      await page.keyboard.press('Tab');
      const checkbox = await page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLInputElement && active.type === 'checkbox' && !active.checked;
      });
      if (checkbox) await page.keyboard.press('Space');
    }
    await expectFocused(submit);
    // NewsletterCta drops submits within minFillTimeMs (default 2 s) of mounting as bot traffic:
    // give it the time a reader needs to get there.
    await page.waitForTimeout(2_100);
    await page.keyboard.press('Enter');
    await expectVisible(page.getByText(confirmation));
    await expect.poll(() => server!.submissions()).toContain(email);
    expect(problems).toEqual([]);
  });

  // Only a host with a router has one to prove; the Vite app's links are plain links.
  if (routerLinks) {
    it('follows the next-article link through the router, without a page load', async () => {
      const { page, problems } = await visit();
      await page.evaluate(() => {
        (window as unknown as { __akSamePage: boolean }).__akSamePage = true;
      });
      const nextTitle = article.next.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await page.getByRole('link', { name: new RegExp(`^Weiter\\b.*${nextTitle}`) }).click();
      await page.waitForURL(`${server!.url}${article.next.href}`);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: article.next.href.split('/').filter(Boolean).join(' / ') }),
      );
      expect(await page.evaluate(() => (window as unknown as { __akSamePage?: boolean }).__akSamePage)).toBe(true);
      expect(problems).toEqual([]);
    });
  }

  // The Next.js page can hand the box nothing but its action: the contract's path without
  // onSubscribe, where the hydrated box sends the form with fetch and reads the JSON answer.
  if (dir === 'next-app') {
    describe('newsletter without onSubscribe, sent to the route handler with fetch', () => {
      /** Types the address as a reader would and submits it; returns the requests to the handler. */
      async function subscribe(page: Page, email: string) {
        const requests: { type: string; accept?: string; body: string | null }[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname === '/api/newsletter') {
            requests.push({ type: request.resourceType(), accept: request.headers().accept, body: request.postData() });
          }
        });
        await page.evaluate(() => {
          (window as unknown as { __akSamePage: boolean }).__akSamePage = true;
        });
        await page.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(email);
        // Past the time trap (minFillTimeMs), which drops faster submits as bot traffic.
        await page.waitForTimeout(1_100);
        await page.getByRole('button', { name: 'Abonnieren' }).click();
        return requests;
      }

      /** The page is the same document at the same address: no navigation, no reload. */
      async function expectSamePage(page: Page) {
        expect(page.url()).toBe(`${server!.url}/`);
        expect(await page.evaluate(() => (window as unknown as { __akSamePage?: boolean }).__akSamePage)).toBe(true);
      }

      it('confirms the signup in place, without leaving the page', async () => {
        const { page, problems } = await visit();
        const email = `leserin.fetch.${dir}@beispiel.de`;
        const requests = await subscribe(page, email);
        const message = page.getByText('Danke! Du bist jetzt angemeldet.');
        await expectVisible(message);
        await expectFocused(message);
        await expectSamePage(page);
        expect(requests).toEqual([
          {
            type: 'fetch',
            accept: 'application/json',
            body: expect.stringContaining(`email=${encodeURIComponent(email)}`),
          },
        ]);
        expect(server!.submissions()).toContain(email);
        expect(problems).toEqual([]);
      });

      it('says "already subscribed" in place when the handler answers 409', async () => {
        const { page, problems } = await visit();
        const requests = await subscribe(page, 'taken@beispiel.de');
        const message = page.getByText('Du bist bereits angemeldet.');
        await expectVisible(message);
        await expectFocused(message);
        await expectSamePage(page);
        expect(requests).toHaveLength(1);
        expect(server!.submissions()).not.toContain('taken@beispiel.de');
        // Chromium logs every 4xx answer on the console; this one is the expected answer.
        expect(problems.filter((problem) => !/status of 409\b/.test(problem))).toEqual([]);
      });
    });
  }

  describe('with JavaScript disabled', () => {
    it('shows every FAQ answer, opening a closed one by keyboard', async () => {
      const { page } = await visit({ javaScript: false });
      for (let index = 0; index < article.faq.length; index++) {
        const { question, answer } = faqItem(page, index);
        if (!(await answer.isVisible())) {
          await question.focus();
          await page.keyboard.press('Enter');
        }
        await expectVisible(answer);
      }
    });

    it('posts the newsletter form to its action, where the server records the address', async () => {
      const { page } = await visit({ javaScript: false });
      const email = `leser.ohne.js.${dir}@beispiel.de`;
      await page.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(email);
      const consent = page.getByRole('checkbox');
      if ((await consent.count()) > 0) await consent.check();
      await Promise.all([
        page.waitForURL(`${server!.url}/api/newsletter`),
        page.getByRole('button', { name: 'Abonnieren' }).click(),
      ]);
      await expectVisible(page.getByRole('heading', { name: 'Danke für deine Anmeldung!' }));
      expect(server!.submissions()).toContain(email);
    });
  });
});
