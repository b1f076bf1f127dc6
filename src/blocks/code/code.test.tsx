import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { codeExamples } from './code';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Den Cluster ansprechen', blocks });

const yaml = 'cluster:\n  name: luleå-1\n\n  chips: 4096\n\tpräzision: bf16\n';

describe('code block: what a reader gets', () => {
  it('shows the code exactly as written, with its indentation and blank lines', () => {
    render(<ArticleBody blocks={[{ type: 'code', text: yaml, language: 'yaml' }]} locale="de" />);
    const code = screen.getByRole('code');
    expect(code.textContent).toBe(yaml);
    expect(code.parentElement!.tagName).toBe('PRE');
  });

  it('names its language for highlighters', () => {
    render(<ArticleBody blocks={codeExamples} locale="de" />);
    expect(screen.getByRole('code')).toHaveClass('language-python');
    expect(screen.getByRole('code').textContent).toBe(codeExamples[0]!.text);
  });

  it('ignores a language that would not be a safe class name', () => {
    render(<ArticleBody blocks={[{ type: 'code', text: 'print(1)', language: 'py" onclick="x' }]} />);
    const code = screen.getByRole('code');
    expect(code).not.toHaveAttribute('class');
    expect(code.parentElement).not.toHaveAttribute('data-language');
  });

  it('can be reached with the keyboard, to scroll long lines', async () => {
    const user = userEvent.setup();
    render(<ArticleBody blocks={codeExamples} locale="de" />);
    await user.tab();
    expect(screen.getByRole('code').parentElement).toHaveFocus();
  });

  it('shows markup in the code as text', () => {
    const { container } = render(<ArticleBody blocks={[{ type: 'code', text: '<script>alert(1)</script>' }]} />);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('code')).toHaveTextContent('<script>alert(1)</script>');
  });

  it('shows nothing for code without characters, and warns in development', () => {
    render(<ArticleBody blocks={[{ type: 'code', text: '\n  \n' }]} />);
    expect(screen.queryByRole('code')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a code block without text'));
  });
});

describe('code block: validation', () => {
  it('accepts the examples as they are, and keeps the code’s spaces', () => {
    expect(check(...codeExamples).problems).toEqual([]);
    expect(check({ type: 'code', text: yaml }).article.blocks).toEqual([{ type: 'code', text: yaml }]);
  });

  it('names a missing or empty text and drops the block', () => {
    expect(check({ type: 'code' }, { type: 'code', text: ' \n\t' }, { type: 'code', text: ['a', 'b'] })).toEqual({
      article: { title: 'Den Cluster ansprechen', blocks: [] },
      problems: [
        'article.blocks[0].text must be a string',
        'article.blocks[1].text must not be empty',
        'article.blocks[2].text must be a string',
      ],
    });
  });

  it('names a language that is not a name and keeps the code without it', () => {
    const { article, problems } = check(
      { type: 'code', text: 'print(1)', language: 'py" onclick="x' },
      { type: 'code', text: 'print(1)', language: 3 },
      { type: 'code', text: 'int main() {}', language: 'c++' },
    );
    expect(problems).toEqual([
      'article.blocks[0].language must be a language name like "ts" or "python"',
      'article.blocks[1].language must be a language name like "ts" or "python"',
    ]);
    expect(article.blocks).toEqual([
      { type: 'code', text: 'print(1)' },
      { type: 'code', text: 'print(1)' },
      { type: 'code', text: 'int main() {}', language: 'c++' },
    ]);
  });
});
