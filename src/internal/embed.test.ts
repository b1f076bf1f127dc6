import { embedTarget } from './embed';

describe('embedTarget: the address forms of each platform', () => {
  it.each([
    // YouTube: watch pages, short links, Shorts, live, old and new embeds, mobile, extra parameters.
    ['https://www.youtube.com/watch?v=Kq7vTz2mR4w', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://youtube.com/watch?v=Kq7vTz2mR4w&list=PL1', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://m.youtube.com/watch?feature=share&v=Kq7vTz2mR4w', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['http://www.youtube.com/watch/?v=Kq7vTz2mR4w', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://youtu.be/Kq7vTz2mR4w?si=AbC', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://www.youtube.com/shorts/Kq7vTz2mR4w', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://www.youtube.com/live/Kq7vTz2mR4w?feature=shared', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://www.youtube.com/embed/Kq7vTz2mR4w?feature=oembed', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    ['HTTPS://WWW.YOUTUBE.COM/watch?v=Kq7vTz2mR4w', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    // A link to a moment starts the frame there.
    ['https://youtu.be/Kq7vTz2mR4w?t=95', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w?start=95'],
    [
      'https://www.youtube.com/watch?v=Kq7vTz2mR4w&t=1m35s',
      'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w?start=95',
    ],
    [
      'https://www.youtube.com/embed/Kq7vTz2mR4w?start=40',
      'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w?start=40',
    ],
    ['https://youtu.be/Kq7vTz2mR4w?t=soon', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w'],
    // Vimeo: pages, the player, channels and unlisted videos with their hash; never tracked.
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://www.vimeo.com/76979871?share=copy', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/76979871/3f9a1c2b7d', 'https://player.vimeo.com/video/76979871?h=3f9a1c2b7d&dnt=1'],
    [
      'https://player.vimeo.com/video/76979871?h=3f9a1c2b7d',
      'https://player.vimeo.com/video/76979871?h=3f9a1c2b7d&dnt=1',
    ],
    // X and Twitter, with and without tracking parameters.
    [
      'https://x.com/nordwerk/status/1790000000000000001',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    [
      'https://twitter.com/nordwerk/status/1790000000000000001?ref_src=twsrc',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    [
      'https://mobile.twitter.com/nordwerk/statuses/1790000000000000001',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    [
      'https://x.com/i/web/status/1790000000000000001',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    // Instagram posts, reels and the shared form that names the account first.
    ['https://www.instagram.com/p/C8abcDEFghi/', 'https://www.instagram.com/p/C8abcDEFghi/embed/'],
    ['https://instagram.com/reel/C8abcDEFghi/?igsh=xyz', 'https://www.instagram.com/p/C8abcDEFghi/embed/'],
    ['https://www.instagram.com/nordwerk.ki/p/C8abcDEFghi/', 'https://www.instagram.com/p/C8abcDEFghi/embed/'],
  ])('%s → %s', (url, frame) => {
    expect(embedTarget(url)?.frame).toBe(frame);
  });

  it('names the platform, keeps the original address for the link and gives the frame its shape', () => {
    expect(embedTarget('  https://youtu.be/Kq7vTz2mR4w \n')).toEqual({
      provider: 'youtube',
      name: 'YouTube',
      frame: 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w',
      href: 'https://youtu.be/Kq7vTz2mR4w',
      ratio: '16 / 9',
    });
    expect(embedTarget('https://vimeo.com/76979871')).toMatchObject({
      provider: 'vimeo',
      name: 'Vimeo',
      ratio: '16 / 9',
    });
    expect(embedTarget('https://x.com/nordwerk/status/1790000000000000001')).toMatchObject({
      provider: 'x',
      name: 'X',
      ratio: '4 / 5',
    });
    expect(embedTarget('https://www.instagram.com/p/C8abcDEFghi/')).toMatchObject({
      provider: 'instagram',
      name: 'Instagram',
      ratio: '4 / 5',
    });
  });

  it('takes an address only as the given platform’s', () => {
    expect(embedTarget('https://vimeo.com/76979871', 'vimeo')?.provider).toBe('vimeo');
    expect(embedTarget('https://vimeo.com/76979871', 'youtube')).toBeUndefined();
    expect(embedTarget('https://www.youtube.com/watch?v=Kq7vTz2mR4w', 'x')).toBeUndefined();
  });
});

describe('embedTarget: what it refuses', () => {
  it.each([
    // Hosts that only look like the platform's.
    'https://youtube.com.evil.example/watch?v=Kq7vTz2mR4w',
    'https://www.youtube.com.evil.example/embed/Kq7vTz2mR4w',
    'https://evil-youtube.com/watch?v=Kq7vTz2mR4w',
    'https://youtube.com@evil.example/watch?v=Kq7vTz2mR4w',
    'https://www.youtube.com:8080/watch?v=Kq7vTz2mR4w',
    'https://youtu.be.evil.example/Kq7vTz2mR4w',
    'https://notvimeo.com/76979871',
    'https://vimeo.com.evil.example/76979871',
    'https://x.com.evil.example/nordwerk/status/1790000000000000001',
    'https://evilx.com/nordwerk/status/1790000000000000001',
    'https://instagram.com.evil.example/p/C8abcDEFghi/',
    // The platform's address somewhere else in a foreign one.
    'https://evil.example/?next=https://www.youtube.com/watch?v=Kq7vTz2mR4w',
    'https://evil.example/#https://vimeo.com/76979871',
    // Other schemes, and addresses without one.
    'javascript:alert(1)//https://www.youtube.com/watch?v=Kq7vTz2mR4w',
    'javascript://www.youtube.com/watch?v=Kq7vTz2mR4w',
    'data:text/html,https://www.youtube.com/watch?v=Kq7vTz2mR4w',
    'ftp://www.youtube.com/watch?v=Kq7vTz2mR4w',
    '//www.youtube.com/watch?v=Kq7vTz2mR4w',
    'www.youtube.com/watch?v=Kq7vTz2mR4w',
    // Pages of the platform that are no post or video, and ids of the wrong shape.
    'https://www.youtube.com/',
    'https://www.youtube.com/@nordwerk',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=Kq7vTz2mR4wExtra',
    'https://www.youtube.com/watch?xv=Kq7vTz2mR4w',
    'https://vimeo.com/about',
    'https://vimeo.com/76979871abc',
    'https://x.com/nordwerk',
    'https://twitter.com/hashtag/KI',
    'https://www.instagram.com/nordwerk.ki/',
    '',
  ])('%s', (url) => {
    expect(embedTarget(url)).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    for (const value of [
      undefined,
      null,
      42,
      {},
      ['https://youtu.be/Kq7vTz2mR4w'],
      new URL('https://youtu.be/Kq7vTz2mR4w'),
    ]) {
      expect(embedTarget(value)).toBeUndefined();
    }
  });
});
