import { embedTarget } from '../../internal/embed';
import { fail, oneOf, optional, optionalString, read, record, type Context, type Json } from '../rules';

/** The platforms an embed can come from. */
export type EmbedProvider = 'youtube' | 'vimeo' | 'x' | 'instagram';

/**
 * A post or video from YouTube, Vimeo, X or Instagram, loaded only after the reader agrees (two
 * clicks): until then nothing is requested from the platform, and a link to the original works
 * with or without JavaScript.
 */
export interface EmbedBlock {
  type: 'embed';
  /** Address of the video or post on the platform, e.g. `https://www.youtube.com/watch?v=…`. */
  url: string;
  /** The platform. Detected from `url` when left out. */
  provider?: EmbedProvider;
  /** What the embed shows: the link's text and the frame's title. */
  title?: string;
  caption?: string;
}

const PROVIDERS = ['youtube', 'vimeo', 'x', 'instagram'] as const;

/** An embed whose `url` is a post or video of a known platform (of `provider`'s, when given). */
export function checkEmbed(block: Json, at: string, ctx: Context): Json | undefined {
  const kept = record(
    block,
    at,
    ctx,
    [{}, { provider: optional(oneOf(...PROVIDERS)), title: optionalString, caption: optionalString }],
    { type: 'embed' },
  );
  const url = read(block, 'url');
  if (!kept) return undefined;
  if (!embedTarget(url, kept.provider)) {
    return fail(
      ctx,
      url,
      `${at}.url`,
      `must be the address of a post or video on ${kept.provider ? String(kept.provider) : 'YouTube, Vimeo, X or Instagram'}`,
    );
  }
  return { ...kept, url: (url as string).trim() };
}

export const embedExamples: EmbedBlock[] = [
  {
    type: 'embed',
    url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    title: 'Rundgang durch das Rechenzentrum in Luleå',
    caption: 'Video: Nordwerk',
  },
];
