import { render, screen, within } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { imageExamples, safeCandidates, type ImageBlock } from './image';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Nordwerk baut in Luleå', blocks });

const rack: ImageBlock = {
  type: 'image',
  src: '/bilder/halle-1600.jpg',
  alt: 'Halle mit zwei Reihen Serverracks',
  width: 1600,
  height: 900,
};

describe('image block: what a reader gets', () => {
  it('is an image named by its alt text, in a figure with caption and credit', () => {
    render(<ArticleBody blocks={imageExamples} locale="de" />);
    const image = screen.getByRole('img', { name: 'Serverrack mit blauen Kühlleitungen in einer Halle' });
    const figure = image.closest('figure')!;
    expect(figure).toHaveRole('figure');
    const caption = within(figure).getByText('Ein Rack im neuen Rechenzentrum in Luleå').closest('figcaption')!;
    expect(within(caption).getByText('Foto: Nordwerk')).toBeVisible();
    // Read, copied or indexed as text, caption and credit stay two phrases: the dot between them is drawn.
    expect(caption.textContent).toBe('Ein Rack im neuen Rechenzentrum in Luleå Foto: Nordwerk');
  });

  it('offers the browser the other widths of the file', () => {
    render(<ArticleBody blocks={imageExamples} locale="de" />);
    const image = screen.getByRole('img');
    expect(image).toHaveAttribute('srcset', '/bilder/rack-640.jpg 640w, /bilder/rack-1280.jpg 1280w');
    expect(image).toHaveAttribute('sizes', '(min-width: 45rem) 42rem, 100vw');
    expect(image).toHaveAttribute('src', '/bilder/rack-1280.jpg');
    expect(image).toHaveAttribute('width', '1280');
    expect(image).toHaveAttribute('height', '720');
  });

  it('shows a credit without a caption on its own', () => {
    render(<ArticleBody blocks={[{ ...rack, credit: 'Foto: Nordwerk' }]} />);
    const caption = screen.getByRole('img').closest('figure')!.querySelector('figcaption')!;
    expect(caption.textContent).toBe('Foto: Nordwerk');
  });

  it('shows no caption when there is neither caption nor credit', () => {
    render(<ArticleBody blocks={[{ ...rack, caption: ' ', credit: '' }]} />);
    expect(screen.getByRole('img').closest('figure')!.querySelector('figcaption')).toBeNull();
  });

  it('is left out of what a screen reader reads when it is decorative', () => {
    render(<ArticleBody blocks={[{ ...rack, alt: '' }]} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('presentation')).toHaveAttribute('alt', '');
  });

  it.each([
    ['an unsafe address', '/a-640.jpg 640w, javascript:alert(1) 1280w'],
    ['an unsafe address after a comma without a space', '/a-640.jpg 640w,data:image/svg+xml,<svg> 1280w'],
    ['no address', ' , '],
  ])('leaves out a srcset with %s, and its sizes with it', (_, srcSet) => {
    render(<ArticleBody blocks={[{ ...rack, srcSet, sizes: '100vw' }]} />);
    const image = screen.getByRole('img');
    expect(image).not.toHaveAttribute('srcset');
    expect(image).not.toHaveAttribute('sizes');
    expect(image).toHaveAttribute('src', '/bilder/halle-1600.jpg');
  });

  it('leaves out sizes without a srcset', () => {
    render(<ArticleBody blocks={[{ ...rack, sizes: '100vw' }]} />);
    expect(screen.getByRole('img')).not.toHaveAttribute('sizes');
  });

  it('shows caption and credit as text, never as markup', () => {
    const { container } = render(
      <ArticleBody blocks={[{ ...rack, caption: '<b>Halle</b>', credit: '<script>alert(1)</script>' }]} />,
    );
    expect(container.querySelector('figcaption b, figcaption script')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeVisible();
  });
});

describe('image block: srcset addresses', () => {
  it.each([
    ['/a-640.jpg 640w, /a-1280.jpg 1280w', true],
    ['https://cdn.example.com/a.jpg 1x, https://cdn.example.com/a@2x.jpg 2x', true],
    // A comma inside an address belongs to it, as image services write widths.
    ['https://cdn.example.com/c_fill,w_640/a.jpg 640w, https://cdn.example.com/c_fill,w_1280/a.jpg 1280w', true],
    ['/a-640.jpg 640w,/a-1280.jpg 1280w', true],
    ['/a.jpg', true],
    ['/a-640.jpg 640w, javascript:alert(1) 1280w', false],
    ['/a-640.jpg 640w,javascript:alert(1) 1280w', false],
    ['/a-640.jpg 640w,\tdata:image/png;base64,AAAA 1280w', false],
    ['data:image/png;base64,AAAA 1x', false],
    ['', false],
    [' , ', false],
  ])('%j is safe: %s', (srcSet, safe) => {
    expect(safeCandidates(srcSet)).toBe(safe);
  });
});

describe('image block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...imageExamples)).toEqual({
      article: { title: 'Nordwerk baut in Luleå', blocks: imageExamples },
      problems: [],
    });
  });

  it('drops an image without a safe source', () => {
    expect(
      check(
        { ...rack, src: 'javascript:alert(1)' },
        { ...rack, src: 'mailto:foto@example.com' },
        { alt: 'x', type: 'image' },
      ),
    ).toEqual({
      article: { title: 'Nordwerk baut in Luleå', blocks: [] },
      problems: [
        'article.blocks[0].src must be an http(s) or relative URL',
        'article.blocks[1].src must be an http(s) or relative URL',
        'article.blocks[2].src must be an http(s) or relative URL',
      ],
    });
  });

  it('names each bad optional field and keeps the image without it', () => {
    const { article, problems } = check({
      ...rack,
      alt: undefined,
      caption: 7,
      credit: { name: 'Nordwerk' },
      width: 0,
      height: Infinity,
      srcSet: '/a-640.jpg 640w,javascript:alert(1) 1280w',
      sizes: 100,
    });
    expect(problems).toEqual([
      'article.blocks[0].alt must be a string (use "" for a purely decorative image)',
      'article.blocks[0].caption must be a string',
      'article.blocks[0].credit must be a string',
      'article.blocks[0].width must be a positive number of pixels',
      'article.blocks[0].height must be a positive number of pixels',
      'article.blocks[0].srcSet must be a srcset list of http(s) or relative URLs with widths, like "a-640.jpg 640w"',
      'article.blocks[0].sizes must be a string',
    ]);
    expect(article.blocks).toEqual([{ type: 'image', src: '/bilder/halle-1600.jpg', alt: '' }]);
  });
});
