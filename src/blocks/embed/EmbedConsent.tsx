'use client';

import * as React from 'react';
import { styled } from 'styled-components';
import { embedTarget } from '../../internal/embed';
import type { BodyStrings } from '../../provider/strings';
import { vars } from '../../theme';
import { linkCss } from '../shared';
import type { EmbedProvider } from './embed';

/** Props of {@link EmbedConsent}: plain data, so a server component can hand them over. */
export interface EmbedConsentProps {
  /** The platform the post or video is on. */
  provider: EmbedProvider;
  /** The original post or video, e.g. `https://www.youtube.com/watch?v=…`. */
  url: string;
  /**
   * What the embed shows: the text of the link to the original and the frame's title.
   * @default labels.embedOpen ("Auf YouTube ansehen") for the link, "<platform> embed" for the frame
   */
  title?: string;
  /** The strings shown; `{provider}` in them becomes the platform's name. */
  labels: Pick<BodyStrings, 'embedLoad' | 'embedNotice' | 'embedOpen'>;
  /**
   * Id of the root element; the notice's id is derived from it (`<id>-notice`). Set it to keep the
   * ids the same in every render, e.g. when server markup rendered inside a larger tree is
   * hydrated as its own root.
   * @default an id from React's `useId`
   */
  id?: string;
}

/** State of a two-click embed, without any markup. */
export interface EmbedConsentState {
  /**
   * False in the server markup and while it hydrates; true once the component runs in the
   * browser. Only then can a button do anything, so only then is there one.
   */
  enhanced: boolean;
  /** Whether the reader has asked for the platform's frame. */
  loaded: boolean;
  /** Loads the frame; it takes the focus once it is there. */
  load: () => void;
  /** For the frame. */
  frameRef: React.RefObject<HTMLIFrameElement | null>;
}

/** The consent of a two-click embed: nothing is loaded until `load`, which the reader triggers. */
export function useEmbedConsent(): EmbedConsentState {
  const [enhanced, setEnhanced] = React.useState(false);
  const [loaded, setLoaded] = React.useState(false);
  const frameRef = React.useRef<HTMLIFrameElement | null>(null);
  React.useEffect(() => setEnhanced(true), []);
  // The button the reader pressed is gone: the focus goes on to what it loaded, not to the page.
  React.useEffect(() => {
    if (loaded) frameRef.current?.focus();
  }, [loaded]);
  return { enhanced, loaded, load: () => setLoaded(true), frameRef };
}

// What the frame may use besides full screen (`allowFullScreen`, which an `allow` naming it too
// would override, with a console warning): video playback, nothing else. No autoplay: the reader
// starts the video with a second click inside the frame.
const ALLOW = 'encrypted-media; picture-in-picture';
// Scripts and the platform's own origin to play at all, popups for its links to the original.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation';

// The frame box holds the notice and, once loaded, the frame over it in the same place: the
// notice stays (hidden) in the flow, so where it is taller than the platform's aspect ratio (a
// narrow column, large text) the box keeps its height when the frame appears.
const Root = styled.div.withConfig({ componentId: 'ak-Embed' })`
  /* Block flow, not flex: a flex item's height would stay at the aspect ratio and let a tall
     notice spill out of the box. */
  display: block;
  box-sizing: border-box;
  max-inline-size: 100%;
  min-inline-size: 0;

  > [data-part='frame'] {
    position: relative;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    margin: 0;
    padding: 0;
    border: 1px solid ${vars.colors.border};
    border-radius: ${vars.radii.md};
    background: ${vars.colors.surface};
    color: ${vars.colors.text};
  }

  /* Posts are narrow on their platforms; a full-width post would be mostly empty frame. */
  &[data-provider='x'] > [data-part='frame'],
  &[data-provider='instagram'] > [data-part='frame'] {
    max-inline-size: min(100%, 34rem);
  }

  [data-part='consent'] {
    display: flex;
    flex-flow: column;
    align-items: center;
    gap: ${vars.space.sm};
    box-sizing: border-box;
    max-inline-size: 100%;
    padding: ${vars.space.md};
    text-align: center;
  }

  [data-part='consent'] > p {
    max-inline-size: 32rem;
    margin: 0;
    padding: 0;
    font-size: ${vars.fontSizes.small};
    overflow-wrap: anywhere;
  }

  &[data-state='loaded'] [data-part='consent'] {
    visibility: hidden;
  }

  /* Every box property a host's rules for all buttons could set is set here. */
  button {
    box-sizing: border-box;
    inline-size: auto;
    min-inline-size: 0;
    max-inline-size: 100%;
    block-size: auto;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.25rem 1rem;
    box-shadow: none;
    border: 2px solid ${vars.colors.accent};
    border-radius: ${vars.radii.md};
    background: ${vars.colors.accent};
    color: ${vars.colors.onAccent};
    font: inherit;
    font-size: ${vars.fontSizes.small};
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: normal;
    text-transform: none;
    overflow-wrap: anywhere;
    cursor: pointer;
  }

  iframe {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: none;
    block-size: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: inherit;
    background: ${vars.colors.surface};
  }

  :is(button, iframe):focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }

  > [data-part='original'] {
    margin: ${vars.space.sm} 0 0;
    padding: 0;
    font-size: ${vars.fontSizes.small};
  }
  ${linkCss}

  /* On paper only the link to the original is of use. */
  @media print {
    > [data-part='frame'] {
      display: none;
    }
  }
`;

/**
 * A post or video from YouTube, Vimeo, X or Instagram with two-click privacy: the server markup
 * is a box of the frame's size with a notice of what loading means and a link to the original,
 * which works without JavaScript. Once hydrated, a button loads the platform's frame (on its
 * privacy-friendly host where it has one) into the same box and moves the focus to it. Nothing is
 * requested from the platform before that click, and the choice is not remembered.
 */
export function EmbedConsent({ provider, url, title, labels, id }: EmbedConsentProps): React.JSX.Element | null {
  const generatedId = React.useId();
  const { enhanced, loaded, load, frameRef } = useEmbedConsent();
  const target = embedTarget(url, provider);
  if (!target) return null;
  const fill = (text: string) => text.replaceAll('{provider}', target.name);
  const noticeId = `${id || generatedId}-notice`;
  return (
    <Root
      data-ak="Embed"
      id={id || undefined}
      data-provider={target.provider}
      data-state={loaded ? 'loaded' : 'consent'}
    >
      {/* The platform's shape, from the server on: the frame takes exactly this box. */}
      <div data-part="frame" style={{ aspectRatio: target.ratio }}>
        <div data-part="consent" aria-hidden={loaded || undefined}>
          <p id={noticeId}>{fill(labels.embedNotice)}</p>
          {enhanced && (
            <button type="button" aria-describedby={noticeId} disabled={loaded} onClick={load}>
              {fill(labels.embedLoad)}
            </button>
          )}
        </div>
        {loaded && (
          <iframe
            ref={frameRef}
            src={target.frame}
            title={title || `${target.name} embed`}
            loading="lazy"
            allow={ALLOW}
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox={SANDBOX}
          />
        )}
      </div>
      <p data-part="original">
        <a href={target.href} rel="noopener noreferrer">
          {title || fill(labels.embedOpen)}
        </a>
      </p>
    </Root>
  );
}
