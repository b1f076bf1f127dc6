// Worker thread of `article-kit render` (run by tinypool): renders one batch of pages and writes
// them itself, so only file names and results cross between threads, never the pages.
import { renderChunk, type ChunkTask, type PageResult } from './render';

/** Renders the batch; called by tinypool once per task. */
export default function renderTask({ jobs, options, stop }: ChunkTask): Promise<PageResult[]> {
  return renderChunk(jobs, options, stop);
}
