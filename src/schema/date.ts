/** A publication date that is safe to show and to put into structured data. */
export interface ArticleDate {
  /** The value for `<time dateTime>` and JSON-LD: the ISO string as given, trimmed. */
  iso: string;
  /** Midnight UTC of the calendar day the publisher wrote down. */
  day: Date;
}

/**
 * Reads an ISO 8601 date (`2025-11-28`) or date-time (`2025-11-28T09:30:00+01:00`). The
 * calendar day is taken as written, not converted to the reader's or the server's time zone, so
 * server and browser show the same day. Returns undefined for anything else, including days
 * that do not exist (`2025-02-30`).
 */
export function parseArticleDate(value: unknown): ArticleDate | undefined {
  const iso = typeof value === 'string' ? value.trim() : '';
  const written = iso.slice(0, 10);
  // A date-only ISO string is read as midnight UTC, its year as written (0099 stays 99). A day
  // that does not exist (30 February) rolls over into another one, so it no longer reads the same.
  const day = new Date(written);
  if (/^\d{4}-\d\d-\d\d(T|$)/.test(iso) && !Number.isNaN(Date.parse(iso)) && day.toJSON()?.startsWith(written)) {
    return { iso, day };
  }
}
