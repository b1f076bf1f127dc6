import { render, screen } from '@testing-library/react';
import { axeViolations } from '../../test/axe';
import { ArticleBody } from '../components/ArticleBody';
import { ArticleKitProvider } from '../provider';
import { validateArticle } from '../schema/validateArticle';
import { BLOCK_EXAMPLES } from './examples';

const every = Object.values(BLOCK_EXAMPLES).flat();

describe('the examples of every block type', () => {
  it('are valid articles as they are', () => {
    const article = { title: 'Alle Bausteine', blocks: every };
    expect(validateArticle(article)).toEqual({ article, problems: [] });
  });

  it('all show something in the body, apart from the newsletter place', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const [type, examples] of Object.entries(BLOCK_EXAMPLES)) {
        for (const block of examples) {
          const { container, unmount } = render(<ArticleBody blocks={[block]} locale="de" />);
          expect(container.querySelector('[data-ak="ArticleBody"]')!.childElementCount, type).toBe(
            type === 'newsletter' ? 0 : 1,
          );
          unmount();
        }
      }
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('have no accessibility violations together, light and in German, with contents and heading links', async () => {
    const { container } = render(
      <ArticleKitProvider locale="de" colorScheme="light">
        <ArticleBody
          title="Alle Bausteine eines Artikels"
          section="KI"
          lead="Jeder Blocktyp, den der Artikel ohne eigene Renderer zeigt."
          publishedAt="2025-11-28"
          updatedAt="2025-11-30"
          authors={[{ name: 'Lena Hartmann', url: '/autorinnen/lena-hartmann' }, { name: 'Jonas Ebert' }]}
          blocks={every}
          toc
          headingLinks
        />
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Inhalt' })).toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getAllByRole('note')).toHaveLength(2);
    expect(screen.getByRole('separator')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
