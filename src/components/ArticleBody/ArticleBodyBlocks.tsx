import * as React from 'react';
import { BLOCK_RENDERERS } from '../../blocks/renderers';
import { headingLevel } from '../../blocks/heading/render';
import type { BlockContext } from '../../blocks/shared';
import { devWarn } from '../../internal/warn';
import { isBlock, rendererFor, textOf } from './articleBodyLogic';

export type { BlockContext };
export { SafeLink } from '../../blocks/shared';

/**
 * One block: the host's renderer for its type when there is one, else the built-in rendering
 * (src/blocks/<type>/render.tsx). Data that cannot be shown (no type, unknown type, missing text
 * or source) renders nothing and warns in development, so one bad block never takes the article
 * down.
 */
export function renderBlock(block: unknown, index: number, context: BlockContext): React.ReactNode {
  if (!isBlock(block)) {
    devWarn('ArticleBody: a block without a string `type` is skipped.');
    return null;
  }
  const { type } = block;
  const Renderer = rendererFor(context.components, type);
  if (Renderer) {
    context.hostText.push(textOf(block.text));
    return (
      <Renderer
        block={
          type === 'heading' ? { ...block, id: context.headingIds[index], level: headingLevel(block.level) } : block
        }
        index={index}
        locale={context.locale}
      />
    );
  }
  // A place, not content: whatever the host's `components.newsletter` renders goes there.
  if (type === 'newsletter') return null;
  const render = Object.hasOwn(BLOCK_RENDERERS, type) ? BLOCK_RENDERERS[type] : undefined;
  if (!render) {
    devWarn(`ArticleBody: no renderer for block type ${JSON.stringify(type)}; pass one in \`components\`.`);
    return null;
  }
  const node = render(block, context, index);
  if (!node) devWarn(`ArticleBody: a ${type} block without text or a safe source is skipped.`);
  return node || null;
}
