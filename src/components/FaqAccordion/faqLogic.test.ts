import fc from 'fast-check';
import { faqEntries, nextOpen, normalizeOpen, questionLevel } from './faqLogic';

describe('faqEntries', () => {
  it('gives each item the slug of its question, or its own id', () => {
    const entries = faqEntries([
      { question: 'Was kostet der Zugang zu den Hochleistungs-KI-Chips?', answer: 'a' },
      { id: 'preise-2026', question: 'Steigen die Preise?', answer: 'b' },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['was-kostet-der-zugang-zu-den-hochleistungs-ki-chips', 'preise-2026']);
  });

  it('makes repeated ids unique and warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const entries = faqEntries([
      { question: 'Wer prüft den Deal?', answer: 'Brüssel.' },
      { question: 'Wer prüft den Deal?', answer: 'Stockholm.' },
      { id: 'wer-prueft-den-deal', question: 'Und danach?', answer: 'Niemand.' },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['wer-prueft-den-deal', 'wer-prueft-den-deal-2', 'wer-prueft-den-deal-3']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"wer-prueft-den-deal" is used twice'));
    warn.mockRestore();
  });

  it('skips items without a question and survives input that is not a list', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const items = [null, { question: '   ', answer: 'x' }, { answer: 'y' }, { question: 'Bleibt das?', answer: 'Ja.' }];
    expect(faqEntries(items).map((e) => e.question)).toEqual(['Bleibt das?']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('without a question'));
    expect(faqEntries({ question: 'x' })).toEqual([]);
    expect(faqEntries(undefined)).toEqual([]);
    warn.mockRestore();
  });

  it('always hands out unique, non-empty ids', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ question: fc.string(), id: fc.option(fc.string(), { nil: undefined }) })),
        (items) => {
          const ids = faqEntries(items.map((item) => ({ ...item, answer: '' }))).map((e) => e.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(id).not.toBe('');
        },
      ),
    );
  });
});

describe('open state', () => {
  it('opens and closes items in multiple mode', () => {
    expect(nextOpen(['a'], 'b', true, false)).toEqual(['a', 'b']);
    expect(nextOpen(['a', 'b'], 'a', false, false)).toEqual(['b']);
    expect(nextOpen(['a'], 'a', true, false)).toEqual(['a']);
  });

  it('keeps at most one item open in single mode, and lets it close', () => {
    expect(nextOpen(['a'], 'b', true, true)).toEqual(['b']);
    expect(nextOpen(['b'], 'b', false, true)).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), fc.boolean(), (open, id, want) => {
        const next = nextOpen(open.slice(0, 1), id, want, true);
        expect(next.length).toBeLessThanOrEqual(1);
        expect(next.includes(id)).toBe(want);
      }),
    );
  });

  it('reads value and defaultValue safely', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(normalizeOpen(['a', 3, 'b'], false)).toEqual(['a', 'b']);
    expect(normalizeOpen('a', false)).toEqual(['a']);
    expect(normalizeOpen(undefined, false)).toEqual([]);
    expect(normalizeOpen(['a', 'b'], true)).toEqual(['a']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('only the first id is used'));
    warn.mockRestore();
  });
});

describe('questionLevel', () => {
  it('accepts 2 to 6 and falls back to 3 with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(questionLevel(2)).toBe(2);
    expect(questionLevel(6)).toBe(6);
    expect(questionLevel(1)).toBe(3);
    expect(questionLevel('4')).toBe(3);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
