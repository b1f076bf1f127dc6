import { fail, optionalString, pixels, source, type Fields } from '../rules';

/** An image. Give `width` and `height` so the page reserves its space while it loads. */
export interface ImageBlock {
  type: 'image';
  src: string;
  /** Text that stands in for the image; `""` for a purely decorative one. */
  alt: string;
  caption?: string;
  /** Who made the image ("Foto: Nordwerk"), shown after the caption. */
  credit?: string;
  /** Intrinsic width in pixels. */
  width?: number;
  /** Intrinsic height in pixels. */
  height?: number;
  /** Other files of the same image for other widths, as in `<img srcset>`: `"a-640.jpg 640w, a-1280.jpg 1280w"`. */
  srcSet?: string;
  /** How wide the image is shown, as in `<img sizes>`: `"(min-width: 45rem) 42rem, 100vw"`. */
  sizes?: string;
}

/** A srcset candidate list whose every address is http(s) or relative. */
const srcSet = (value: unknown, path: string, ctx: Parameters<typeof fail>[0]) =>
  value === undefined
    ? undefined
    : typeof value === 'string' && safeCandidates(value)
      ? value
      : fail(ctx, value, path, 'must be a srcset list of http(s) or relative URLs with widths, like "a-640.jpg 640w"');

/**
 * The addresses of a srcset, read as browsers read it: an address runs up to whitespace (a comma
 * inside it, as in `/img,w_640/a.jpg`, belongs to it), and its descriptors run up to the next
 * comma, so `a.jpg 640w,b.jpg 1280w` names two files.
 */
function candidateUrls(value: string): string[] {
  const urls: string[] = [];
  for (let rest = value.replace(/^[\s,]+/, ''); rest; rest = rest.replace(/^[\s,]+/, '')) {
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    // A comma at the end of the address ends the candidate; else its descriptors run to the next comma.
    if (/,$/.test(url)) urls.push(url.replace(/,+$/, ''));
    else {
      urls.push(url);
      rest = rest.replace(/^[^,]*/, '');
    }
  }
  return urls;
}

/** True when every candidate of a srcset starts with an http(s) or relative address. */
export function safeCandidates(value: string): boolean {
  const urls = candidateUrls(value);
  return urls.length > 0 && urls.every((url) => url !== '' && /^(?:https?:|(?![^/?#:]*:))/i.test(url));
}

export const imageFields: Fields = [
  { src: source },
  {
    alt: (value, path, ctx) =>
      typeof value === 'string'
        ? value
        : (fail(ctx, value, path, 'must be a string (use "" for a purely decorative image)') ?? ''),
    caption: optionalString,
    credit: optionalString,
    width: pixels,
    height: pixels,
    srcSet,
    sizes: optionalString,
  },
];

export const imageExamples: ImageBlock[] = [
  {
    type: 'image',
    src: '/bilder/rack-1280.jpg',
    srcSet: '/bilder/rack-640.jpg 640w, /bilder/rack-1280.jpg 1280w',
    sizes: '(min-width: 45rem) 42rem, 100vw',
    alt: 'Serverrack mit blauen Kühlleitungen in einer Halle',
    caption: 'Ein Rack im neuen Rechenzentrum in Luleå',
    credit: 'Foto: Nordwerk',
    width: 1280,
    height: 720,
  },
];
