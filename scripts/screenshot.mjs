// Takes the README's screenshot: one story of the built Storybook (storybook-static/) in
// system Chromium, from the top of the page down to the end of an element, at most --max-height
// pixels tall. Usage:
//   node scripts/screenshot.mjs <story-id> <out.png> [width] [--until <selector>] [--max-height <px>]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = argv.splice(at, 2);
  return value;
};
const until = option('--until', undefined);
const maxHeight = Number(option('--max-height', '1200'));
const [storyId, out = 'docs/article-page.png', width = '1280'] = argv;
if (!storyId) {
  console.error('usage: node scripts/screenshot.mjs <story-id> <out.png> [width]');
  process.exit(2);
}
const dir = path.resolve('storybook-static');
if (!existsSync(dir)) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = path.join(dir, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${storyId}&viewMode=story`, {
    waitUntil: 'networkidle',
  });
  await page.waitForSelector('#storybook-root [data-ak]');
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  // Down to the end of the element named by --until, with a margin, within --max-height.
  const end = until ? await page.$eval(until, (el) => el.getBoundingClientRect().bottom + window.scrollY + 24) : full;
  const height = Math.ceil(Math.min(end, full, maxHeight));
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: Number(width), height } });
  console.log(`wrote ${out}: ${width} × ${height} px`);
} finally {
  await browser.close();
  server.close();
}
