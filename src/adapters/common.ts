// What the Markdown and HTML adapters share: both first turn their input into a plain article with
// headings among the blocks, then take the FAQ section out of the blocks and check the result
// with `validateArticle`, so that whatever they let through is what `ArticleLayout` accepts.
import { locales } from '../provider/locales';
import { validateArticle } from '../schema/validateArticle';
// Types from the package root, so the adapters' declarations refer to its types instead of copying them.
import type { Article, ArticleBlock, CustomBlock, FaqItem, InlineNode } from '../index';

/** What an adapter returns: the article and one sentence per problem met on the way. */
export interface AdapterResult {
  /** The article, checked by `validateArticle`: everything in it can be rendered. */
  article: Article;
  /** What was left out or changed, and why. Empty when the input mapped cleanly. */
  problems: string[];
}

/** Options both adapters take. */
export interface AdapterOptions {
  /**
   * Texts of the level-2 heading that starts the FAQ section. Its level-3 headings become the
   * questions, the text below each its answer.
   * @default "FAQ", "Häufige Fragen", "Häufig gestellte Fragen" and the FAQ title of each built-in language
   */
  faqHeadings?: readonly string[];
}

const normalise = (text: string) =>
  text
    .trim()
    .replace(/[\s:]+$/, '')
    .toLowerCase();

/** The default FAQ section headings. */
export const FAQ_HEADINGS: readonly string[] = [
  'FAQ',
  'FAQs',
  'Häufige Fragen',
  'Häufig gestellte Fragen',
  'Frequently asked questions',
  ...Object.values(locales).map((strings) => strings.faqTitle),
];

/** Plain text of inline content. */
export function inlineText(nodes: readonly InlineNode[] | string | undefined): string {
  if (typeof nodes === 'string') return nodes;
  return (nodes ?? [])
    .map((node) => (typeof node === 'string' ? node : node.type === 'code' ? node.text : inlineText(node.children)))
    .join('');
}

/** Plain text of a block, for FAQ answers. */
function blockText(block: ArticleBlock | CustomBlock): string {
  const b = block as Record<string, unknown>;
  if (Array.isArray(b.content)) return inlineText(b.content as InlineNode[]);
  if (typeof b.text === 'string') return b.text;
  if (Array.isArray(b.items)) return (b.items as (string | InlineNode[])[]).map((item) => inlineText(item)).join('\n');
  return '';
}

/**
 * Moves the FAQ section out of the blocks: the level-2 heading named in `headings`, each level-3
 * heading below it a question and the text up to the next one its answer, up to the next level-2
 * heading. Blocks after the section stay in the body.
 */
export function takeFaq(
  blocks: (ArticleBlock | CustomBlock)[],
  headings: readonly string[],
  problems: string[],
): { blocks: (ArticleBlock | CustomBlock)[]; faq?: FaqItem[] } {
  const names = new Set(headings.map(normalise));
  const start = blocks.findIndex(
    (block) =>
      block.type === 'heading' &&
      ((block as { level?: number }).level ?? 2) === 2 &&
      names.has(normalise(String(block.text))),
  );
  if (start < 0) return { blocks };
  let end = blocks.findIndex(
    (block, index) => index > start && block.type === 'heading' && ((block as { level?: number }).level ?? 2) === 2,
  );
  if (end < 0) end = blocks.length;
  const faq: FaqItem[] = [];
  let current: { question: string; answer: string[] } | undefined;
  for (const block of blocks.slice(start + 1, end)) {
    if (block.type === 'heading') {
      if (current) faq.push({ question: current.question, answer: current.answer.join('\n\n') });
      current = { question: String(block.text).trim(), answer: [] };
    } else if (current) {
      const text = blockText(block).trim();
      if (text) current.answer.push(text);
    } else {
      problems.push('the FAQ section has text before its first question; it is left out');
    }
  }
  if (current) faq.push({ question: current.question, answer: current.answer.join('\n\n') });
  const answered = faq.filter((item) => {
    if (item.answer) return true;
    problems.push(`the FAQ question ${JSON.stringify(item.question)} has no answer; it is left out`);
    return false;
  });
  return { blocks: [...blocks.slice(0, start), ...blocks.slice(end)], faq: answered.length ? answered : undefined };
}

/**
 * The adapter's last step: the FAQ taken out, then the article checked by `validateArticle`. Its
 * problems follow the adapter's own, and what it leaves out is not rendered.
 */
export function finishArticle(draft: Article, problems: string[], options: AdapterOptions = {}): AdapterResult {
  const { blocks, faq } = takeFaq(draft.blocks, options.faqHeadings ?? FAQ_HEADINGS, problems);
  const checked = validateArticle({ ...draft, blocks, ...(faq && { faq: [...(draft.faq ?? []), ...faq] }) });
  return { article: checked.article, problems: [...problems, ...checked.problems] };
}
