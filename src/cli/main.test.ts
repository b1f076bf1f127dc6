// @vitest-environment node
import { chunkSize, WORKER_START_PAGES, workersPayOff } from './main';

describe('workersPayOff', () => {
  it('keeps small batches and single threads in this process', () => {
    expect(workersPayOff(1, 8)).toBe(false);
    expect(workersPayOff(WORKER_START_PAGES, 64)).toBe(false);
    expect(workersPayOff(100_000, 1)).toBe(false);
  });

  it('starts workers once the time they save outweighs their start, sooner with more threads', () => {
    expect(workersPayOff(5000, 2)).toBe(true);
    const smallest = (threads: number) => {
      let pages = 1;
      while (!workersPayOff(pages, threads)) pages += 1;
      return pages;
    };
    expect(smallest(2)).toBe(2 * WORKER_START_PAGES + 1);
    expect(smallest(8)).toBeLessThan(smallest(4));
    expect(smallest(4)).toBeLessThan(smallest(2));
  });
});

describe('chunkSize', () => {
  it('sends at least four tasks per thread and at most 64 pages per task', () => {
    expect(chunkSize(100_000, 2)).toBe(64);
    expect(chunkSize(1600, 2)).toBe(64);
    expect(chunkSize(400, 4)).toBe(25);
    expect(chunkSize(10, 2)).toBe(4);
  });
});
