// A tiny host server for the built app: serves dist/ and accepts the newsletter form, from the
// plain form post (JavaScript off) and from the app's fetch (JavaScript on). Every address it
// receives is appended to AK_SUBMISSIONS_FILE so the tests can check what arrived.
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./dist/', import.meta.url));
const submissions = process.env.AK_SUBMISSIONS_FILE || fileURLToPath(new URL('./submissions.txt', import.meta.url));
const port = Number(process.env.PORT || 0);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) request.destroy(new Error('body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

async function subscribe(request, response) {
  const body = await readBody(request);
  const json = (request.headers['content-type'] || '').includes('application/json');
  const email = String((json ? JSON.parse(body).email : new URLSearchParams(body).get('email')) ?? '').trim();
  if (!email.includes('@')) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bitte eine E-Mail-Adresse angeben.');
    return;
  }
  appendFileSync(submissions, `${email}\n`);
  if (json) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
    return;
  }
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(
      '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Danke</title></head>' +
        '<body><main><h1>Danke für deine Anmeldung!</h1><p><a href="/">Zurück zum Artikel</a></p></main></body></html>',
    );
}

function serveFile(request, response) {
  const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
    return;
  }
  response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}

const server = http.createServer((request, response) => {
  if (request.url === '/api/newsletter' && request.method === 'POST') {
    subscribe(request, response).catch((error) => {
      response.writeHead(500).end(String(error));
    });
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  serveFile(request, response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
