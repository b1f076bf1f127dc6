// Build steps of the library (used by vite.config.ts).
import type { Plugin } from 'vite';
import * as cssVars from '../src/theme/cssVars/index.ts';
import { pageCss, rootCss } from '../src/theme/root.ts';

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/**
 * Bundlers may drop module directives. Interactive modules start with 'use client' in the
 * source; this puts the directive back at the top of each output file built from such a module,
 * so React Server Component frameworks treat exactly those files as client boundaries.
 */
export function preserveUseClient(): Plugin {
  const clientModules = new Set<string>();
  return {
    name: 'article-kit:preserve-use-client',
    transform: {
      order: 'pre',
      handler(code, id) {
        if (!id.includes('/node_modules/') && USE_CLIENT.test(code)) clientModules.add(id);
        return null;
      },
    },
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const isClient = file.moduleIds.some((id) => clientModules.has(id.split('?')[0]!));
        // Some bundler versions keep the directive, others drop it: write exactly one.
        const body = file.code.replace(/^(\s*['"]use client['"];?\s*)+/, '');
        file.code = isClient ? `'use client';\n${body}` : body;
        // Pure annotations only matter at module level, where they let a host's bundler drop an
        // unused call such as `locales = buildLocales()`. Inside functions (every JSX call) and
        // anywhere in CommonJS, which is not tree-shaken, they only add bytes.
        const functions: [number, number][] =
          options.format === 'cjs' ? [[0, Infinity]] : functionRanges(this.parse(file.code));
        file.code = file.code.replace(PURE, (comment, at: number) =>
          functions.some(([start, end]) => at > start && at < end) ? '' : comment,
        );
      }
    },
  };
}

const PURE = /\/\*\s*[#@]__PURE__\s*\*\//g;

interface AstNode {
  type: string;
  start: number;
  end: number;
}

/** Source ranges of the outermost functions in a program. */
export function functionRanges(program: unknown): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const node = value as AstNode;
    if (typeof node.type === 'string' && /Function/.test(node.type)) {
      ranges.push([node.start, node.end]);
      return;
    }
    for (const child of Object.values(value)) if (child && typeof child === 'object') visit(child);
  };
  visit(program);
  return ranges;
}

/**
 * Collapses the CSS inside styled-components templates; JS minifiers leave strings alone.
 * Expressions named in `constants` (their source text, e.g. `vars.space.md`) are replaced by their
 * value, as it is: a minifier cannot fold a constant into a tagged template, so each would stay a
 * variable of its own beside the CSS that uses it. The CSS the template makes stays the same.
 */
export function minifyStyledCss(code: string, constants: Record<string, string> = {}): string {
  const tag =
    /\b(?:styled(?:\.\w+|\([^()`]*\))(?:\.attrs(?:<[^`]*?>)?\([^`]*?\))?(?:\.withConfig\([^`]*?\))?(?:<[^`]*?>)?|css|keyframes)`/g;
  let out = '';
  let last = 0;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    const start = m.index + m[0].length;
    // Walk the template: static text between `${…}` expressions is minified, expressions are kept.
    const parts: string[] = [];
    let i = start;
    let chunk = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        chunk += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        let depth = 1;
        let j = i + 2;
        while (j < code.length && depth > 0) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}') depth--;
          j++;
        }
        const expression = code.slice(i, j);
        parts.push(chunk, constants[expression.slice(2, -1).trim()] ?? expression);
        chunk = '';
        i = j;
      } else {
        chunk += code[i++];
      }
    }
    parts.push(chunk);
    const minified = parts.map((part, n) => {
      if (n % 2 === 1) return part;
      let css = part
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        .replace(/;}/g, '}')
        .replace(/([\w-]):\s/g, '$1:');
      if (n === 0) css = css.trimStart();
      if (n === parts.length - 1) css = css.trimEnd().replace(/;$/, '');
      return compactCss(css);
    });
    out += code.slice(last, start) + minified.join('');
    last = i;
    tag.lastIndex = i + 1;
  }
  return out + code.slice(last);
}

const IDENT = /^[a-zA-Z_][\w-]*$/;

/**
 * Second pass over minified CSS text: no space after commas or around the `>` and `~`
 * combinators (and `+` in selectors, never in values where `calc()` needs it), no leading zero
 * before a decimal point, and no quotes around identifier attribute values. Quoted strings are
 * left as they are.
 */
export function compactCss(css: string): string {
  return css
    .split(/("[^"]*"|'[^']*')/)
    .map((piece, i, pieces) => {
      if (i % 2 === 1) {
        // A quoted attribute value that is a plain identifier needs no quotes: [data-x='y'] → [data-x=y].
        const unquoted = piece.slice(1, -1);
        const inAttribute = /=$/.test(pieces[i - 1] ?? '') && /^\]/.test(pieces[i + 1] ?? '');
        return inAttribute && IDENT.test(unquoted) ? unquoted : piece;
      }
      // Selectors are the text before a `{`; everything else is a declaration or a value.
      return piece.replace(/[^{};]+(?=\{)|[^{};]+/g, (chunk, offset: number) => {
        const isSelector = piece[offset + chunk.length] === '{';
        let out = chunk.replace(/,\s+/g, ',').replace(/\s*([>~])\s*/g, '$1');
        if (isSelector && !chunk.trimStart().startsWith('@')) out = out.replace(/\s*\+\s*/g, '+');
        return out.replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2');
      });
    })
    .join('');
}

// What `${vars.group.key}`, `${vars.measure}`, `${rootCss}` and `${pageCss}` stand for in the
// styles, by the expression's source text.
const THEME_VARS: Record<string, string> = Object.fromEntries(
  Object.entries(cssVars).flatMap(([group, value]: [string, string | Record<string, string>]) =>
    typeof value === 'string'
      ? [[`vars.${group}`, value]]
      : Object.entries(value).map(([key, text]) => [`vars.${group}.${key}`, text]),
  ),
);
const THEME_ROOT: Record<string, string> = { rootCss, pageCss };
for (const value of [...Object.values(THEME_VARS), ...Object.values(THEME_ROOT)]) {
  // Written into template text as it is, so it must hold nothing a template would read.
  if (/[`\\]|\$\{/.test(value)) throw new Error(`A theme constant cannot be inlined into a template: ${value}`);
}

/**
 * The theme constants a module imports (`vars` from src/theme or src/theme/vars, `rootCss` and
 * `pageCss` from src/theme/root), by the expression that names them, for {@link minifyStyledCss}.
 */
export function importedThemeConstants(code: string): Record<string, string> {
  const imported = (from: RegExp) =>
    [...code.matchAll(/^import \{([^}]*)\} from '([^']+)';$/gm)]
      .filter(([, , source]) => from.test(source!))
      .flatMap(([, names]) => names!.split(',').map((name) => name.trim()));
  const fromVars = imported(/^(?:\.\.?\/)+theme(?:\/vars)?$/);
  const fromRoot = imported(/^(?:\.\.?\/)+theme\/root$/);
  const constants = {
    ...(fromVars.includes('vars') ? THEME_VARS : {}),
    ...Object.fromEntries(Object.entries(THEME_ROOT).filter(([name]) => fromRoot.includes(name))),
  };
  // Only those named once: a second copy costs a bundle that holds every part more than the
  // variable it replaces.
  return Object.fromEntries(Object.entries(constants).filter(([name]) => code.split(`\${${name}}`).length === 2));
}

/** Only the library build: production-minified CSS and warnings that host bundlers drop. */
export function libraryTransforms(): Plugin {
  return {
    name: 'article-kit:library-transforms',
    transform: {
      order: 'pre',
      handler(code, id) {
        if (id.includes('/node_modules/') || !/\/src\/.*\.tsx?$/.test(id)) return null;
        let next = code;
        if (next.includes('styled')) next = minifyStyledCss(next, importedThemeConstants(next));
        // Development warnings are guarded by NODE_ENV at each call, so a host's production
        // build removes them with their message strings.
        next = next.replace(/(?<!function )\bdevWarn\(/g, '(process.env.NODE_ENV !== "production") && devWarn(');
        return next === code ? null : { code: next, map: null };
      },
    },
  };
}
