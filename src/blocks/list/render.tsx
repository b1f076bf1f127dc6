import { hasWords, renderInline, type BlockRender } from '../shared';

export const renderList: BlockRender = (block, context) => {
  const items = (Array.isArray(block.items) ? block.items : [])
    .map((item) => renderInline(item, context.linkComponent))
    .filter(hasWords);
  const List = block.ordered === true ? 'ol' : 'ul';
  return (
    items[0] && (
      <List>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </List>
    )
  );
};
