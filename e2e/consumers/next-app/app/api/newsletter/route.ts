import { appendFile } from 'node:fs/promises';
import path from 'node:path';

// Receives the newsletter form as a plain post (it works without JavaScript) and records every
// address in AK_SUBMISSIONS_FILE so the tests can check what arrived.
const submissions = process.env.AK_SUBMISSIONS_FILE || path.join(process.cwd(), 'submissions.txt');

const page = (status: number, heading: string) =>
  new Response(
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Newsletter</title></head>' +
      `<body><main><h1>${heading}</h1><p><a href="/">Zurück zum Artikel</a></p></main></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );

export async function POST(request: Request) {
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  if (!email.includes('@')) return page(400, 'Bitte eine E-Mail-Adresse angeben.');
  await appendFile(submissions, `${email}\n`);
  return page(200, 'Danke für deine Anmeldung!');
}
