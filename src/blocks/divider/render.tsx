import type { BlockRender } from '../shared';

export const renderDivider: BlockRender = () => <hr />;
