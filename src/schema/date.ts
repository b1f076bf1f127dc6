/** A publication date that is safe to show and to put into structured data. */
export interface ArticleDate {
  /** The value for `<time dateTime>` and JSON-LD: the ISO string as given, trimmed. */
  iso: string;
  /** Midnight UTC of the calendar day the publisher wrote down. */
  day: Date;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * Reads an ISO 8601 date (`2025-11-28`) or date-time (`2025-11-28T09:30:00+01:00`). The
 * calendar day is taken as written, not converted to the reader's or the server's time zone, so
 * server and browser show the same day. Returns undefined for anything else, including days
 * that do not exist (`2025-02-30`).
 */
export function parseArticleDate(value: unknown): ArticleDate | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = value.trim();
  const parts = ISO_DATE.exec(iso);
  if (!parts || Number.isNaN(Date.parse(iso))) return undefined;
  const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are. Both roll 30 February over
  // into March; such a date was never valid.
  day.setUTCFullYear(year, month - 1, date);
  return day.getUTCMonth() === month - 1 && day.getUTCDate() === date ? { iso, day } : undefined;
}
