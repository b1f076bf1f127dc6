// @vitest-environment node
import { reflowDocComments } from '../../scripts/doc-comments.mjs';
import { compactCss, importedThemeConstants, minifyStyledCss } from '../../scripts/vite-plugins';
import { vars } from '../../src/theme/vars';
import { rootCss } from '../../src/theme/root';

describe('minifyStyledCss', () => {
  it('collapses whitespace and drops comments in styled templates', () => {
    const source =
      'const A = styled.div`\n  /* why */\n  display: flex;\n  gap: ${vars.space.md};\n\n  &:hover {\n    color: red;\n  }\n`;';
    expect(minifyStyledCss(source)).toBe('const A = styled.div`display:flex;gap:${vars.space.md};&:hover{color:red}`;');
  });

  it('keeps the space between two expressions and descendant combinators', () => {
    const source = 'const B = styled.span`\n  padding: ${a} ${b};\n  & :hover > svg { fill: none; }\n`;';
    expect(minifyStyledCss(source)).toBe('const B = styled.span`padding:${a} ${b};& :hover>svg{fill:none}`;');
  });

  it('handles styled(Component), attrs and css helpers, and leaves other templates alone', () => {
    const source = [
      "const C = styled(Link).attrs({ rel: 'next' })`\n  color: blue;\n`;",
      'const d = css`\n  margin: 0;\n`;',
      'const message = `keep   this  ${x}   text`;',
    ].join('\n');
    expect(minifyStyledCss(source)).toBe(
      [
        "const C = styled(Link).attrs({ rel: 'next' })`color:blue`;",
        'const d = css`margin:0`;',
        'const message = `keep   this  ${x}   text`;',
      ].join('\n'),
    );
  });

  it('keeps media query conditions valid', () => {
    const source = 'const E = styled.div`\n  @media (forced-colors: active) {\n    border-color: LinkText;\n  }\n`;';
    expect(minifyStyledCss(source)).toBe('const E = styled.div`@media (forced-colors:active){border-color:LinkText}`;');
  });

  it('compacts selectors and values without changing what they mean', () => {
    expect(compactCss("[data-part='note'] > *, & [type='text'] + p{transition:opacity 0.2s, rotate 0.25s}")).toBe(
      '[data-part=note]>*,& [type=text]+p{transition:opacity .2s,rotate .25s}',
    );
    // `calc()` needs the spaces around +, quoted strings and non-identifier values stay as they are.
    expect(compactCss("inline-size:calc(100% + 10.5px);content:', 0.5 > x';[data-x='1a']{margin:0}")).toBe(
      "inline-size:calc(100% + 10.5px);content:', 0.5 > x';[data-x='1a']{margin:0}",
    );
  });
});

describe('importedThemeConstants', () => {
  it('writes the theme constants a styles module names once into its template, as they are', () => {
    const source = [
      "import { vars } from '../../theme';",
      "import { rootCss } from '../../theme/root';",
      'const F = styled.nav`\n  gap: ${vars.space.md};\n  ${rootCss}\n  a { color: ${vars.colors.accent}; }\n  b { color: ${vars.colors.accent}; }\n`;',
    ].join('\n');
    const out = minifyStyledCss(source, importedThemeConstants(source));
    // The values keep their own spelling, so the CSS is what the interpolation made; a constant
    // named twice stays one variable.
    expect(out).toContain(
      `\`gap:${vars.space.md};${rootCss} a{color:\${vars.colors.accent}}b{color:\${vars.colors.accent}}\``,
    );
  });

  it('leaves names alone that do not come from the theme', () => {
    const source = "import { vars } from './somewhere';\nconst G = styled.div`\n  gap: ${vars.space.md};\n`;";
    expect(importedThemeConstants(source)).toEqual({});
    expect(minifyStyledCss(source, importedThemeConstants(source))).toContain('`gap:${vars.space.md}`');
  });
});

describe('reflowDocComments', () => {
  it('puts each paragraph of a doc comment on one line, a one-paragraph comment on one line in all', () => {
    const source = [
      'interface A {',
      '\t/**',
      '\t * Component that renders the links, such as Next.js `Link`.',
      '\t * It receives `href` and `children`.',
      '\t * @default a plain `<a>`',
      '\t */',
      '\tlink?: string;',
      '\t/**',
      '\t * Shown after a successful signup',
      '\t * instead of the default thank-you.',
      '\t */',
      '\tsuccess?: string;',
      '}',
    ].join('\n');
    expect(reflowDocComments(source)).toBe(
      [
        'interface A {',
        '\t/**',
        '\t * Component that renders the links, such as Next.js `Link`. It receives `href` and `children`.',
        '\t * @default a plain `<a>`',
        '\t */',
        '\tlink?: string;',
        '\t/** Shown after a successful signup instead of the default thank-you. */',
        '\tsuccess?: string;',
        '}',
      ].join('\n'),
    );
  });

  it('keeps blank lines between paragraphs, list items, and examples line by line', () => {
    const source = [
      '/**',
      ' * Checks an article.',
      ' * Never throws.',
      ' *',
      ' * - first point',
      ' *   still the first',
      ' * - second point',
      ' * @example',
      ' * const { article } = validateArticle(data);',
      ' * render(article);',
      ' */',
    ].join('\n');
    expect(reflowDocComments(source)).toBe(
      [
        '/**',
        ' * Checks an article. Never throws.',
        ' *',
        ' * - first point still the first',
        ' * - second point',
        ' * @example',
        ' * const { article } = validateArticle(data);',
        ' * render(article);',
        ' */',
      ].join('\n'),
    );
  });
});
