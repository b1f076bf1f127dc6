import { parseArticleDate } from './date';

describe('parseArticleDate', () => {
  it('reads ISO dates and date-times and keeps the string as given', () => {
    expect(parseArticleDate(' 2025-11-28 ')).toEqual({ iso: '2025-11-28', day: new Date('2025-11-28T00:00:00Z') });
    expect(parseArticleDate('2025-11-28T09:30:00+01:00')?.day.toISOString()).toBe('2025-11-28T00:00:00.000Z');
  });

  it('keeps two-digit years as they are', () => {
    expect(parseArticleDate('0099-03-01')?.day.getUTCFullYear()).toBe(99);
  });

  it('rejects days that do not exist and strings that are not ISO dates', () => {
    for (const value of ['2025-02-29', '2024-04-31', '2025-11-28T25:00', 'November 28, 2025', '', null, 20251128]) {
      expect(parseArticleDate(value)).toBeUndefined();
    }
    expect(parseArticleDate('2024-02-29')).toBeDefined();
  });
});
