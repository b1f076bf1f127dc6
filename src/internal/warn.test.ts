import { devWarn } from './warn';

describe('devWarn', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('says a message once while a page re-renders, and again for a later render', () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const message = 'ArticleLayout: article.blocks[0].text must be a string; it is left out.';
    devWarn(message);
    devWarn(message);
    vi.advanceTimersByTime(9_000);
    devWarn(message);
    expect(warn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    devWarn(message);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenLastCalledWith(`[article-kit] ${message}`);
  });
});
