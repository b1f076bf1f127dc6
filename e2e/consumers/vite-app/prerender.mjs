// Writes the server-rendered article and its styles into dist/index.html, so the single-page app
// is readable before (and without) JavaScript and hydrates on load.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = (file) => fileURLToPath(new URL(`./dist/${file}`, import.meta.url));
const { render } = await import('./dist-server/entry-server.js');
const { html, styles } = render();
const template = readFileSync(dist('index.html'), 'utf8');
if (!template.includes('<!--ssr-html-->') || !template.includes('<!--ssr-styles-->')) {
  throw new Error('dist/index.html has no placeholders: was it prerendered already?');
}
writeFileSync(dist('index.html'), template.replace('<!--ssr-styles-->', styles).replace('<!--ssr-html-->', html));
rmSync(fileURLToPath(new URL('./dist-server', import.meta.url)), { recursive: true, force: true });
console.log(`prerendered dist/index.html: ${html.length} B of HTML, ${styles.length} B of styles`);
