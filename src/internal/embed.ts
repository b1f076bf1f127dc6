import type { EmbedProvider } from '../schema/types';

/** What an embed block shows: the platform, the frame to load after consent and the original's address. */
export interface EmbedTarget {
  provider: EmbedProvider;
  /** The platform's name as readers know it. */
  name: string;
  /** The address of the frame, on the platform's privacy-friendly host where it has one. */
  frame: string;
  /** The original post or video, for the link that works without loading anything. */
  href: string;
  /** Width / height of the frame; posts are taller than videos. */
  ratio: string;
}

const NAMES: Record<EmbedProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo', x: 'X', instagram: 'Instagram' };

/** A platform: where its posts live, and how the frame for one is addressed. */
interface Platform {
  provider: EmbedProvider;
  /**
   * The address of a post or video, anchored at the scheme and host: a host only counts when a
   * `/` follows it, so `youtube.com.example` or `youtube.com@example` never match. The first
   * group is the id.
   */
  pattern: RegExp;
  /** The frame's address for the id (and the rest of the match), from the URL the reader gave. */
  frame: (match: RegExpExecArray, url: URL) => string;
  ratio: string;
}

/** Seconds from a start time as YouTube links write it: `90`, `90s`, `1m30s`, `1h2m3s`. */
function seconds(value: string | null): number | undefined {
  const parts = value ? /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value) : null;
  if (!parts) return undefined;
  const [, h = '0', m = '0', s = '0'] = parts;
  const total = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return total > 0 ? total : undefined;
}

// Ids are limited to the characters the platforms use, and must end where the id ends, so nothing
// else from the address reaches the frame's URL.
const PLATFORMS: Platform[] = [
  {
    provider: 'youtube',
    pattern:
      /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\/?\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/|v\/)|youtu\.be\/)([\w-]{11})(?![\w-])/i,
    // A link to a moment of the video starts the frame there.
    frame: ([, id], url) => {
      const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
      return `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
    },
    ratio: '16 / 9',
  },
  {
    provider: 'vimeo',
    pattern:
      /^https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/|channels\/[\w-]{1,50}\/|groups\/[\w-]{1,50}\/videos\/)?(\d{3,12})(?:\/([\da-f]{6,20}))?(?![\w-])/i,
    // An unlisted video needs its hash, from the path (vimeo.com/id/hash) or the player's `h`.
    frame: ([, id, pathHash], url) => {
      const hash = pathHash ?? url.searchParams.get('h') ?? '';
      return `https://player.vimeo.com/video/${id}?${/^[\da-f]{6,20}$/i.test(hash) ? `h=${hash}&` : ''}dnt=1`;
    },
    ratio: '16 / 9',
  },
  {
    provider: 'x',
    pattern: /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com\/(?:i\/web|\w{1,15})\/status(?:es)?\/(\d{5,25})(?!\w)/i,
    frame: ([, id]) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
    ratio: '4 / 5',
  },
  {
    provider: 'instagram',
    // Shared links may name the account first: instagram.com/<account>/p/<id>/.
    pattern: /^https?:\/\/(?:www\.)?instagram\.com\/(?:[\w.]{1,30}\/)?(?:p|reel|tv)\/([\w-]{5,40})(?![\w-])/i,
    frame: ([, id]) => `https://www.instagram.com/p/${id}/embed/`,
    ratio: '4 / 5',
  },
];

/**
 * The embed for a post or video address on YouTube, Vimeo, X or Instagram, or undefined when the
 * address is none of theirs (or not the given `provider`'s).
 */
export function embedTarget(url: unknown, provider?: unknown): EmbedTarget | undefined {
  if (typeof url !== 'string') return undefined;
  const href = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    return undefined;
  }
  for (const { provider: name, pattern, frame, ratio } of PLATFORMS) {
    if (provider !== undefined && provider !== name) continue;
    const match = pattern.exec(href);
    if (match) return { provider: name, name: NAMES[name], frame: frame(match, parsed), href, ratio };
  }
  return undefined;
}
