import { appendFile } from 'node:fs/promises';
import path from 'node:path';

// The newsletter endpoint of the host: one route for both ways the signup box sends its form.
// Without JavaScript it is a plain form post, answered with a page; once the box has hydrated it
// sends the same fields with fetch, asking for JSON, and shows the answer in place. Every new
// address is recorded in AK_SUBMISSIONS_FILE so the tests can check what arrived; an address
// starting with `taken@` is already on the list.
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
  const json = request.headers.get('accept')?.includes('application/json');
  const answer = (status: number, result: string, heading: string) =>
    json ? Response.json({ status: result }, { status }) : page(status, heading);

  if (!email.includes('@')) return answer(422, 'invalid', 'Bitte eine E-Mail-Adresse angeben.');
  if (email.toLowerCase().startsWith('taken@')) return answer(409, 'already-subscribed', 'Du bist bereits angemeldet.');
  await appendFile(submissions, `${email}\n`);
  return answer(200, 'subscribed', 'Danke für deine Anmeldung!');
}
