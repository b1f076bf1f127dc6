import { countWords, formatPublished, headingIds, readingMinutes, rendererFor } from './articleBodyLogic';

describe('headingIds', () => {
  it('gives every heading a readable slug and numbers repeated titles', () => {
    const ids = headingIds([
      { type: 'heading', text: 'Rechenzentren als Nadelöhr' },
      { type: 'paragraph', text: 'Text' },
      { type: 'heading', text: 'Fazit' },
      { type: 'heading', text: 'Fazit', level: 3 },
      { type: 'heading', text: 'Fazit' },
    ]);
    expect(ids).toEqual(['rechenzentren-als-nadeloehr', undefined, 'fazit', 'fazit-2', 'fazit-3']);
  });

  it('numbers thousands of repeated titles in order, around ids the data gives', () => {
    const blocks = Array.from({ length: 3000 }, (_, i) =>
      i === 1 ? { type: 'heading', text: 'Fazit', id: 'fazit-3' } : { type: 'heading', text: 'Fazit' },
    );
    const ids = headingIds(blocks);
    expect(new Set(ids).size).toBe(3000);
    expect(ids.slice(0, 5)).toEqual(['fazit', 'fazit-3', 'fazit-2', 'fazit-4', 'fazit-5']);
    expect(ids.at(-1)).toBe('fazit-3000');
  });

  it('keeps ids the data gives and steers generated slugs around them', () => {
    const ids = headingIds([
      { type: 'heading', text: 'Fazit' },
      { type: 'heading', text: 'Ausblick', id: 'fazit' },
      { type: 'heading', text: 'Fazit', id: ' zusammenfassung ' },
    ]);
    expect(ids).toEqual(['fazit-2', 'fazit', 'zusammenfassung']);
  });

  it('uses a repeated id only once', () => {
    const ids = headingIds([
      { type: 'heading', text: 'Chips', id: 'teil' },
      { type: 'heading', text: 'Strom', id: 'teil' },
    ]);
    expect(ids).toEqual(['teil', 'strom']);
  });

  it('finds a fallback id for headings without usable text', () => {
    const ids = headingIds([{ type: 'heading', text: '???' }, { type: 'heading' }, null, 'heading']);
    expect(ids).toEqual(['section', 'section-2', undefined, undefined]);
  });
});

describe('reading time', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('Hochleistungs-KI-Chips – für 4,2 Milliarden Euro!  ')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });

  // Which text is read (every kind of block, the lead, the children) is tested on the component.
  it('reads German at about 200 and English at about 230 words a minute, at least one minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'Wort').join(' ');
    expect(readingMinutes(words(1000), 'de')).toBe(5);
    expect(readingMinutes(words(1150), 'en')).toBe(5);
    expect(readingMinutes(words(10), 'de')).toBe(1);
    expect(readingMinutes('', 'de')).toBe(0);
    expect(readingMinutes(' – ', 'de')).toBe(0);
  });
});

describe('formatPublished', () => {
  it('writes the day out for the locale, the same in every time zone', () => {
    expect(formatPublished('2026-11-28', 'de-DE')).toEqual({ iso: '2026-11-28', text: '28. November 2026' });
    expect(formatPublished('2026-11-28', 'en-US')).toEqual({ iso: '2026-11-28', text: 'November 28, 2026' });
  });

  it('shows the calendar day the publisher wrote for a date-time, whatever its offset', () => {
    expect(formatPublished('2025-11-28T00:30:00+01:00', 'de-DE')?.text).toBe('28. November 2025');
    expect(formatPublished('2025-11-28T23:30:00-08:00', 'de-DE')?.text).toBe('28. November 2025');
  });

  it('shows nothing for dates it cannot read, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of ['gestern', '2025-02-30', '2025-13-01', '28.11.2025', 42, {}]) {
      expect(formatPublished(bad, 'de-DE')).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('publishedAt "gestern" is not an ISO 8601 date'));
    warn.mockRestore();
  });

  it('falls back to English dates when a label override has an invalid language tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(formatPublished('2025-11-28', 'de_DE!!')?.text).toBe('November 28, 2025');
    warn.mockRestore();
  });
});

describe('rendererFor', () => {
  it('finds only the map’s own components', () => {
    const Chart = () => null;
    expect(rendererFor({ chart: Chart }, 'chart')).toBe(Chart);
    expect(rendererFor({ chart: Chart }, 'constructor')).toBeUndefined();
    expect(rendererFor({ chart: Chart }, 'toString')).toBeUndefined();
    expect(rendererFor(undefined, 'chart')).toBeUndefined();
  });

  it('ignores entries that are not components', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(rendererFor({ chart: 'Chart' }, 'chart')).toBeUndefined();
    expect(rendererFor({ chart: {} }, 'chart')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('components.chart is not a component'));
    warn.mockRestore();
  });
});
