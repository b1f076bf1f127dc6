import fc from 'fast-check';
import {
  SubscribeError,
  checkEmail,
  classifySubscribeError,
  errorCodeForStatus,
  normalizeEmail,
  suggestEmail,
} from './newsletterLogic';

describe('normalizeEmail', () => {
  it('trims spaces and removes zero-width characters anywhere', () => {
    expect(normalizeEmail('  \u200bjana.beck@beispiel.de\u200d\ufeff \n')).toBe('jana.beck@beispiel.de');
    expect(normalizeEmail('ja\u200bna@bei\u2060spiel.de')).toBe('jana@beispiel.de');
    expect(normalizeEmail('\u00a0jana@beispiel.de\u00a0')).toBe('jana@beispiel.de');
  });

  it('composes decomposed umlauts, so the same address is always the same string', () => {
    expect(normalizeEmail('ju\u0308rgen@mu\u0308ller.de')).toBe('jürgen@müller.de');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeEmail(normalizeEmail(s)) === normalizeEmail(s)));
  });
});

describe('checkEmail', () => {
  it.each([
    'jana@beispiel.de',
    'jana.beck+ki@redaktion.example.com',
    'jürgen@müller.de',
    'kontakt@xn--mller-kva.de',
    'o\u2019neil@beispiel.ie',
    'a@b.co',
    'leser@beispiel.рф',
  ])('accepts %s', (email) => {
    expect(checkEmail(email)).toBeUndefined();
  });

  it.each([
    'jana',
    'jana@',
    '@beispiel.de',
    'jana@beispiel',
    'jana@@beispiel.de',
    'jana beck@beispiel.de',
    'jana@beispiel..de',
    '.jana@beispiel.de',
    'jana.@beispiel.de',
    'jana..beck@beispiel.de',
    'jana@-beispiel.de',
    'jana@beispiel-.de',
    'jana@beispiel.d',
    'jana@beispiel.de.',
    '<script>@beispiel.de',
  ])('rejects %s as a format problem', (email) => {
    expect(checkEmail(email)).toBe('format');
  });

  it('names an empty field and an address over 254 characters', () => {
    expect(checkEmail('')).toBe('empty');
    const address = (first: number) => `${'a'.repeat(64)}@${'b'.repeat(first)}.${'c'.repeat(61)}.${'d'.repeat(63)}.de`;
    expect(address(60)).toHaveLength(254);
    expect(checkEmail(address(60))).toBeUndefined();
    expect(checkEmail(address(61))).toBe('too-long');
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkEmail(normalizeEmail(s)) !== null));
  });
});

describe('suggestEmail', () => {
  it.each([
    ['jana@gmial.com', 'jana@gmail.com'],
    ['jana@gmai.com', 'jana@gmail.com'],
    ['jana@gmx.dee', 'jana@gmx.de'],
    ['jana@wbe.de', 'jana@web.de'],
    ['jana@tonline.de', 'jana@t-online.de'],
    ['jana@outlok.com', 'jana@outlook.com'],
    ['jana@gmail.con', 'jana@gmail.com'],
    ['Jana@GMIAL.COM', 'Jana@gmail.com'],
    ['jana@redaktion-ki.con', 'jana@redaktion-ki.com'],
  ])('suggests a fix for %s', (typed, expected) => {
    expect(suggestEmail(typed)).toBe(expected);
  });

  it.each(['jana@gmail.com', 'jana@gmx.net', 'jana@gmx.at', 'jana@gmx.com', 'jürgen@müller.de', 'jana@heise.de'])(
    'leaves %s alone',
    (email) => {
      expect(suggestEmail(email)).toBeUndefined();
    },
  );
});

describe('errorCodeForStatus', () => {
  it.each([
    [400, 'invalid'],
    [422, 'invalid'],
    [429, 'rate-limited'],
    [401, 'server'],
    [403, 'server'],
    [404, 'server'],
    [405, 'server'],
    [409, 'server'],
    [451, 'server'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [599, 'server'],
    [0, 'unknown'],
    [200, 'unknown'],
    [302, 'unknown'],
    [600, 'unknown'],
    [Number.NaN, 'unknown'],
  ])('maps %s to %s', (status, code) => {
    expect(errorCodeForStatus(status)).toBe(code);
  });
});

describe('classifySubscribeError', () => {
  it('keeps the code of a SubscribeError', () => {
    expect(classifySubscribeError(new SubscribeError('rate-limited'))).toBe('rate-limited');
    expect(new SubscribeError('server')).toBeInstanceOf(Error);
  });

  it('maps a failed Response or an error with a status', () => {
    expect(classifySubscribeError(new Response(null, { status: 429 }))).toBe('rate-limited');
    expect(classifySubscribeError({ status: 503 })).toBe('server');
    expect(classifySubscribeError(Object.assign(new Error('bad'), { status: 422 }))).toBe('invalid');
  });

  it('tells network failures and timeouts from the rest', () => {
    expect(classifySubscribeError(new TypeError('Failed to fetch'))).toBe('network');
    expect(classifySubscribeError(new DOMException('late', 'TimeoutError'))).toBe('timeout');
    expect(classifySubscribeError(new Error('boom'))).toBe('unknown');
    expect(classifySubscribeError(undefined)).toBe('unknown');
  });

  it('treats any failure while offline as a network problem', () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(classifySubscribeError(new Error('boom'))).toBe('network');
    } finally {
      onLine.mockRestore();
    }
  });
});
