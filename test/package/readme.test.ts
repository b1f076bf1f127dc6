// The README, kept true. Its examples run as written against the installed tarball: each block
// marked `<!-- example: name -->` is taken from README.md; shell commands run in a scratch host
// folder and the pages they make are opened in Chromium, TypeScript examples are type-checked and
// run in the host. Its tables are compared with the source: the API tables with every export of
// each entry, the newsletter tables with the interface strings, the requirements with
// package.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import ts from 'typescript';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { locales } from '../../src/provider/locales';
import { installTarball } from './install';

const root = process.cwd();
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
let host = '';
let browser: Browser;
let server: Server;
let origin = '';
const signups: string[] = [];

/** The code block after `<!-- example: name -->` in the README. */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no example "${name}"`);
  return match[1]!;
}

/** Runs the shell lines of an example in the host folder, where `npx` finds the installed bin. */
function runExample(name: string): void {
  for (const line of example(name)
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))) {
    execFileSync('sh', ['-c', line], {
      cwd: host,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.join(host, 'node_modules', '.bin')}:${process.env.PATH}` },
    });
  }
}

/**
 * The text of the README section under `heading` (a whole line, such as "## API"), up to the next
 * heading of the same or a higher level; lines inside code blocks are not headings.
 */
function section(heading: string): string {
  const level = /^#+/.exec(heading)![0].length;
  const lines = readme.split('\n');
  let inCode = false;
  let start = -1;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('```')) inCode = !inCode;
    if (inCode) continue;
    const depth = /^(#+) /.exec(line)?.[1]!.length;
    if (start < 0 && line === heading) start = i;
    else if (start >= 0 && depth && depth <= level) return lines.slice(start, i).join('\n');
  }
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  return lines.slice(start).join('\n');
}

/** The cells of every body row of the Markdown tables in `text` (header rows left out). */
function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue;
    // The separator line follows the header row.
    if (/^\|[-| :]+\|$/.test(line)) rows.pop();
    else
      rows.push(
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim()),
      );
  }
  return rows;
}

/** The body rows of the table after `<!-- table: name -->`. */
function markedTable(name: string): string[][] {
  const at = readme.indexOf(`<!-- table: ${name} -->\n`);
  if (at < 0) throw new Error(`README.md has no table "${name}"`);
  const lines = readme.slice(at).split('\n').slice(1);
  const end = lines.findIndex((line) => !line.startsWith('|'));
  return tableRows(lines.slice(0, end).join('\n'));
}

/** The identifiers in backticks in the first cell of each table row of `text`. */
function firstCellNames(text: string): string[] {
  return tableRows(text).flatMap(([first = '']) =>
    [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)),
  );
}

/** TypeScript's messages for a program, each with its file and line. */
function diagnostics(program: ts.Program): string[] {
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `
      : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

/** A strict TypeScript app's settings, with the bundler resolution of Vite and Next.js. */
const HOST_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
};

/** Writes a TypeScript example into the host, and beside it the JavaScript Node runs. */
function writeExample(name: string): string {
  const file = path.join(host, name);
  const source = example(name);
  writeFileSync(file, source);
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX },
  });
  writeFileSync(file.replace(/\.tsx?$/, '.mjs'), outputText);
  return file;
}

/** Runs an ES module in the host, where `article-kit` resolves to the installed package; its JSON output. */
function runInHost<T>(name: string, code: string): T {
  writeFileSync(path.join(host, name), code);
  return JSON.parse(execFileSync('node', [name], { cwd: host, encoding: 'utf8' })) as T;
}

let sourceProgram: ts.Program | undefined;

/** The names an entry of the source exports, values and types, as TypeScript resolves them. */
function exportsOf(entry: string): string[] {
  sourceProgram ??= ts.createProgram(
    ['src/index.ts', 'src/server/index.ts', 'src/markdown/index.ts', 'src/html/index.ts', 'src/browser/index.ts'].map(
      (file) => path.join(root, file),
    ),
    { ...HOST_COMPILER_OPTIONS, types: ['node'] },
  );
  const checker = sourceProgram.getTypeChecker();
  const file = sourceProgram.getSourceFile(path.join(root, entry));
  if (!file) throw new Error(`no source file ${entry}`);
  return checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).map((symbol) => symbol.name);
}

/** The string literals of a union type the root entry exports, such as `SubscribeResult`. */
function unionOf(typeName: string): string[] {
  exportsOf('src/index.ts');
  const checker = sourceProgram!.getTypeChecker();
  const file = sourceProgram!.getSourceFile(path.join(root, 'src/index.ts'))!;
  const alias = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).find((s) => s.name === typeName);
  if (!alias) throw new Error(`src/index.ts exports no ${typeName}`);
  const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(alias));
  return (type.isUnion() ? type.types : [type]).map((member) => {
    if (!member.isStringLiteral()) throw new Error(`${typeName} has a member that is not a string literal`);
    return member.value;
  });
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

describe('README examples, run against the installed package', () => {
  beforeAll(async () => {
    ({ host } = installTarball('ak-readme-'));
    // A TypeScript host has React's types installed beside React.
    mkdirSync(path.join(host, 'node_modules', '@types'));
    for (const types of ['react', 'react-dom']) {
      symlinkSync(
        path.join(root, 'node_modules', '@types', types),
        path.join(host, 'node_modules', '@types', types),
        'dir',
      );
    }

    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/newsletter' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          signups.push(new URLSearchParams(body).get('email') ?? '');
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const file = path.join(host, decodeURIComponent(url.pathname));
      if (!file.startsWith(host) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith('.js') ? 'text/javascript' : 'text/html';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (host) rmSync(host, { recursive: true, force: true });
  });

  describe('README: any host site', () => {
    it('paste into a CMS: the command writes a fragment with its own styles, the article and its FAQ', () => {
      writeFileSync(path.join(host, 'post.json'), example('post.json'));
      runExample('paste');
      const fragment = readFileSync(path.join(host, 'post.html'), 'utf8');
      expect(fragment).toMatch(/^<style data-styled/);
      expect(fragment).not.toMatch(/<(html|head|body)[\s>]/);
      expect(fragment).toContain('<h1>KI-Chips aus Europa</h1>');
      expect(fragment).toContain('<form action="https://example.org/newsletter" method="post">');
      expect(fragment).toContain('Ab wann gibt es die Chips?');
    });

    it('a build step: a file and a folder become pages whose FAQ upgrades in place', async () => {
      writeFileSync(path.join(host, 'post.json'), example('post.json'));
      mkdirSync(path.join(host, 'content'), { recursive: true });
      writeFileSync(
        path.join(host, 'content', 'zweiter-artikel.json'),
        JSON.stringify({
          title: 'Rechenzentren im Norden',
          blocks: [{ type: 'paragraph', text: 'Kalte Luft spart Strom.' }],
          faq: [{ question: 'Warum im Norden?', answer: 'Weil die Kühlung günstiger ist.' }],
        }),
      );
      runExample('build');
      expect(existsSync(path.join(host, 'public/artikel/post.html'))).toBe(true);
      expect(existsSync(path.join(host, 'public/artikel/article-kit.js'))).toBe(true);

      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${origin}/public/artikel/zweiter-artikel.html`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rechenzentren im Norden');
        const question = page.getByRole('button', { name: 'Warum im Norden?' });
        await question.click();
        expect(await question.getAttribute('aria-expanded')).toBe('true');
        expect(await page.getByText('Weil die Kühlung günstiger ist.').isVisible()).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('the embed: the signup box on a page with nothing else, and its link without JavaScript', async () => {
      cpSync(
        path.join(host, 'node_modules/article-kit/dist/browser/article-kit.js'),
        path.join(host, 'article-kit.js'),
      );
      writeFileSync(
        path.join(host, 'embed.html'),
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Embed</title></head><body>${example('embed')}</body></html>`,
      );
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled });
        try {
          const page = await context.newPage();
          await page.goto(`${origin}/embed.html`);
          const fallback = page.getByRole('link', { name: 'Zum Newsletter' });
          if (!javaScriptEnabled) {
            expect(await fallback.isVisible()).toBe(true);
            continue;
          }
          await page.getByRole('heading', { name: 'KI-Briefing' }).waitFor();
          expect(await fallback.isVisible()).toBe(false);
          await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('leserin@beispiel.de');
          await page.waitForTimeout(1100);
          await page.getByRole('button', { name: 'Abonnieren' }).click();
          await page.getByText('Danke! Du bist jetzt angemeldet.').waitFor();
          expect(page.url()).toBe(`${origin}/embed.html`);
          expect(signups).toEqual(['leserin@beispiel.de']);
        } finally {
          await context.close();
        }
      }
    });

    it('Markdown: the front matter, a table, code, a linked list item, the FAQ and the box, in Chromium', async () => {
      writeFileSync(path.join(host, 'post.md'), example('post.md'));
      runExample('markdown');
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/auro.html`);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
          'Offene Gewichte für Europas Sprachmodelle',
        );
        expect(await page.getByText('Aktualisiert am 1. Dezember 2026').count()).toBe(1);
        expect(await page.getByRole('link', { name: 'Lena Hartmann' }).getAttribute('href')).toBe(
          '/autorinnen/lena-hartmann',
        );
        const table = page.getByRole('table');
        expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Modell', 'Parameter', 'Lizenz']);
        expect(await table.getByRole('row').count()).toBe(3);
        expect(await page.locator('pre > code').textContent()).toBe('pip install auro');
        expect(await page.getByRole('figure').getByText('Trainingsdaten nach Sprache').count()).toBe(1);
        expect(await page.getByRole('link', { name: 'Bericht' }).getAttribute('href')).toBe(
          'https://example.org/bericht',
        );
        // The FAQ section left the body and became the FAQ.
        expect(await page.getByRole('heading', { level: 2, name: 'Häufige Fragen' }).count()).toBe(0);
        expect(await page.getByText('Darf man die Modelle kommerziell nutzen?').count()).toBe(1);
        const json = await page.locator('script[type="application/ld+json"]').textContent();
        expect(JSON.parse(json!)['@graph'][0]).toMatchObject({ dateModified: '2026-12-01', articleSection: 'KI' });
      } finally {
        await context.close();
      }
    });
  });

  describe('README: the TypeScript examples', () => {
    let program: ts.Program;
    let articleFile = '';

    beforeAll(() => {
      articleFile = writeExample('article.ts');
      program = ts.createProgram(
        [articleFile, writeExample('subscribe.tsx'), writeExample('answer.tsx')],
        HOST_COMPILER_OPTIONS,
      );
    });

    it('type-check in a strict TypeScript app against the installed declarations', () => {
      expect(diagnostics(program)).toEqual([]);
    });

    it('the Article example passes validateArticle, and has every field of Article and every block type', () => {
      const result = runInHost<{ fields: string[]; blockTypes: string[]; problems: string[] }>(
        'check-article.mjs',
        `import { validateArticle } from 'article-kit';
import { article } from './article.mjs';
const { problems } = validateArticle(article, { customTypes: [] });
console.log(JSON.stringify({ fields: Object.keys(article), blockTypes: article.blocks.map((b) => b.type), problems }));`,
      );
      expect(result.problems).toEqual([]);

      // What the installed declarations define: the fields of Article, and the type of every
      // built-in block (a custom block's type is any string, so it has no literal).
      const checker = program.getTypeChecker();
      const source = program.getSourceFile(articleFile)!;
      const exported = checker
        .getExportsOfModule(checker.getSymbolAtLocation(source)!)
        .find((s) => s.name === 'article')!;
      const articleType = checker.getTypeOfSymbolAtLocation(exported, source);
      const fields = articleType.getProperties().map((p) => p.name);
      const blocks = checker.getTypeOfSymbolAtLocation(articleType.getProperty('blocks')!, source);
      const block = checker.getIndexTypeOfType(blocks, ts.IndexKind.Number)!;
      const builtInTypes = (block.isUnion() ? block.types : [block]).flatMap((member) => {
        const type = member.getProperty('type');
        const literal = type && checker.getTypeOfSymbolAtLocation(type, source);
        return literal?.isStringLiteral() ? [literal.value] : [];
      });

      // `author` is the one-author form of `authors`, which replaces it; the example shows `authors`.
      expect(sorted(result.fields)).toEqual(sorted(fields.filter((field) => field !== 'author')));
      expect(sorted(result.blockTypes)).toEqual(sorted(builtInTypes));
      // The Blocks table names the same types.
      expect(sorted(firstCellNames(section('### Blocks')))).toEqual(sorted(builtInTypes));
    });

    it('the onSubscribe example turns each answer of the endpoint into the outcome the box shows', () => {
      const outcomes = runInHost<
        Record<string, { result?: string; error?: string; subscribeError?: boolean; sent: unknown }>
      >(
        'check-subscribe.mjs',
        `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { SubscribeError, classifySubscribeError } from 'article-kit';
import { NewsletterSignup, subscribe } from './subscribe.mjs';
const answers = {
  ok: () => new Response('{"status":"subscribed"}', { status: 200 }),
  noContent: () => new Response(null, { status: 204 }),
  pending: () => new Response('{"status":"pending-confirmation"}', { status: 200 }),
  conflict: () => new Response('', { status: 409 }),
  unprocessable: () => new Response('', { status: 422 }),
  tooMany: () => new Response('', { status: 429 }),
  unavailable: () => new Response('', { status: 503 }),
  blocked: () => new Response('{"status":"blocked","reason":"Wegwerfadresse"}', { status: 200 }),
  offline: () => { throw new TypeError('fetch failed'); },
};
const outcomes = {};
for (const [name, answer] of Object.entries(answers)) {
  const controller = new AbortController();
  let sent;
  globalThis.fetch = async (url, init) => {
    sent = { url: String(url), method: init.method, body: JSON.parse(init.body), signal: init.signal === controller.signal };
    return answer();
  };
  try {
    outcomes[name] = { result: await subscribe('leserin@beispiel.de', { signal: controller.signal }), sent };
  } catch (error) {
    outcomes[name] = { error: classifySubscribeError(error), subscribeError: error instanceof SubscribeError, sent };
  }
}
outcomes.html = { result: renderToString(createElement(NewsletterSignup)) };
console.log(JSON.stringify(outcomes));`,
      );
      const sent = {
        url: '/api/newsletter',
        method: 'POST',
        body: { email: 'leserin@beispiel.de', list: 'ki-briefing' },
        signal: true,
      };
      expect(outcomes).toMatchObject({
        ok: { result: 'subscribed', sent },
        noContent: { result: 'subscribed', sent },
        pending: { result: 'pending-confirmation', sent },
        conflict: { result: 'already-subscribed', sent },
        unprocessable: { error: 'invalid', sent },
        tooMany: { error: 'rate-limited', sent },
        unavailable: { error: 'server', sent },
        blocked: { error: 'invalid', subscribeError: true, sent },
        offline: { error: 'network', sent },
      });
      // The component of the example renders the German box that posts without JavaScript.
      const html = outcomes.html!.result!;
      expect(html).toMatch(/<h2[^>]*>KI-Briefing<\/h2>/);
      expect(html).toContain('<form action="/api/newsletter" method="post"');
      expect(html).toContain('>E-Mail-Adresse</label>');
    });

    it('the form-post answer renders the result in the box: the message, or the address back with its error', () => {
      const pages = runInHost<{ typo: string; valid: string }>(
        'check-answer.mjs',
        `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { SignupAnswer } from './answer.mjs';
const page = (email) => {
  const posted = new FormData();
  posted.set('email', email);
  return renderToString(createElement(SignupAnswer, { posted }));
};
console.log(JSON.stringify({ typo: page(' leserin@beispiel '), valid: page('leserin@beispiel.de') }));`,
      );
      expect(pages.typo).toContain(locales.de.newsletterErrorFormat);
      const field = /<input[^>]*name="email"[^>]*>/.exec(pages.typo)?.[0];
      expect(field).toContain('value="leserin@beispiel"');
      expect(field).toContain('aria-invalid="true"');
      expect(pages.typo).not.toContain(locales.de.newsletterSuccess);
      expect(pages.valid).toContain(locales.de.newsletterSuccess);
      expect(pages.valid).not.toContain(locales.de.newsletterErrorFormat);
    });
  });
});

describe('README: the facts its tables and lists state', () => {
  it('requirements: the Node version of engines and the peer ranges of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      engines: { node: string };
      peerDependencies: Record<string, string>;
    };
    const install = section('## Install in a host app');
    expect(install).toContain(`Node \`${pkg.engines.node}\``);
    for (const [name, range] of Object.entries(pkg.peerDependencies)) {
      expect(install).toContain(`\`${name}\` \`${range}\``);
    }
  });

  // The interface string NewsletterCta shows for each result and error code.
  const RESULT_LABELS = {
    subscribed: 'newsletterSuccess',
    'already-subscribed': 'newsletterAlreadySubscribed',
    'pending-confirmation': 'newsletterPending',
  } as const;
  const ERROR_LABELS = {
    invalid: 'newsletterErrorFormat',
    'rate-limited': 'newsletterErrorRateLimited',
    server: 'newsletterErrorServer',
    network: 'newsletterErrorOffline',
    timeout: 'newsletterErrorTimeout',
    unknown: 'newsletterErrorGeneric',
    empty: 'newsletterErrorEmpty',
    format: 'newsletterErrorFormat',
    'too-long': 'newsletterErrorTooLong',
    consent: 'newsletterErrorConsent',
  } as const;

  it('newsletter: every result of onSubscribe with the words the reader sees, in German and English', () => {
    const rows = markedTable('newsletter-results').flatMap(([what = '', de = '', en = '']) => {
      const result = /`'([\w-]+)'`/.exec(what)?.[1];
      return result ? [{ result, de, en }] : [];
    });
    expect(sorted(rows.map((row) => row.result))).toEqual(sorted(unionOf('SubscribeResult')));
    for (const { result, de, en } of rows) {
      const key = RESULT_LABELS[result as keyof typeof RESULT_LABELS];
      expect({ result, de, en }).toEqual({ result, de: locales.de[key], en: locales.en[key] });
    }
  });

  it('newsletter: every error code with the words the reader sees, in German and English', () => {
    const rows = markedTable('newsletter-errors').map(([code = '', , de = '', en = '']) => ({
      code: code.replace(/`/g, ''),
      de,
      en,
    }));
    expect(sorted(rows.map((row) => row.code))).toEqual(sorted(unionOf('NewsletterErrorCode')));
    for (const { code, de, en } of rows) {
      const key = ERROR_LABELS[code as keyof typeof ERROR_LABELS];
      expect({ code, de, en }).toEqual({ code, de: locales.de[key], en: locales.en[key] });
    }
  });

  it("API: each entry's table lists every export of that entry, and nothing it does not export", () => {
    const api = section('## API');
    const tables: [heading: string, entries: string[]][] = [
      ['### `article-kit`', ['src/index.ts']],
      ['### `article-kit/server`', ['src/server/index.ts']],
      ['### `article-kit/markdown` and `article-kit/html`', ['src/markdown/index.ts', 'src/html/index.ts']],
      ['### `article-kit/browser`', ['src/browser/index.ts']],
    ];
    for (const [heading, entries] of tables) {
      expect(api).toContain(`\n${heading}\n`);
      const listed = firstCellNames(section(heading));
      // Each export has one row of its own.
      expect({ heading, repeated: listed.filter((name, i) => listed.indexOf(name) !== i) }).toEqual({
        heading,
        repeated: [],
      });
      expect({ heading, names: sorted(listed) }).toEqual({ heading, names: sorted(entries.flatMap(exportsOf)) });
    }
  });

  it('API: names every entry of package.json and the CLI', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      bin: Record<string, string>;
    };
    const api = section('## API');
    for (const subpath of Object.keys(pkg.exports).filter((key) => key !== './package.json')) {
      expect(api).toContain(`\`article-kit${subpath.slice(1)}`);
    }
    for (const bin of Object.keys(pkg.bin)) expect(api).toContain(`\`npx ${bin} render\``);
  });
});
