// What `article-kit render` says on standard error: on a terminal a progress bar, otherwise (CI
// logs, pipes) one line per page; errors always; a summary at the end.
import { performance } from 'node:perf_hooks';
import type { PageResult } from './render';

/** How the reporter talks. */
export interface ReporterMode {
  /** Standard error is a terminal: a progress bar instead of a line per page. */
  tty: boolean;
  /** Only errors and the summary. */
  quiet: boolean;
  /** No per-page lines and no summary: the page itself goes to standard output. */
  single: boolean;
  /** Pages in this run. */
  total: number;
}

/** Seconds with two decimals and pages per second, as the summary shows them. */
export function formatRate(pages: number, ms: number): { seconds: string; rate: number } {
  const seconds = ms / 1000;
  return { seconds: seconds.toFixed(2), rate: seconds > 0 ? Math.round(pages / seconds) : pages };
}

const BAR = 24;
const REDRAW_MS = 100;

/** Counts the results of a run and writes them to a stream (standard error). */
export class Reporter {
  readonly started = performance.now();
  ok = 0;
  failed = 0;
  private drawn = 0;
  private barShown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly mode: ReporterMode,
  ) {}

  private get done() {
    return this.ok + this.failed;
  }

  /** A line that stays (an error, a note): the bar is cleared first and drawn again after. */
  line(text: string): void {
    this.clearBar();
    this.stream.write(text + '\n');
  }

  /** A note for the person running the command (not shown with --quiet). */
  note(text: string): void {
    if (!this.mode.quiet) this.line(text);
  }

  /** Records a batch of results and reports them. */
  add(results: readonly PageResult[]): void {
    for (const result of results) {
      if (result.status === 'skipped') continue;
      if (result.status === 'ok') this.ok += 1;
      else this.failed += 1;
      const input = result.input === '-' ? '<stdin>' : result.input;
      for (const problem of result.problems) this.line(`error ${input}: ${problem}`);
      if (!this.mode.quiet) for (const warning of result.warnings) this.line(`warn  ${input}: ${warning}`);
      if (result.status === 'ok' && !this.mode.tty && !this.mode.quiet && !this.mode.single && result.output) {
        this.stream.write(`ok    ${input} → ${result.output}\n`);
      }
    }
    this.drawBar(false);
  }

  private drawBar(force: boolean): void {
    if (!this.mode.tty || this.mode.quiet || this.mode.single) return;
    const now = performance.now();
    if (!force && now - this.drawn < REDRAW_MS && this.done < this.mode.total) return;
    this.drawn = now;
    const { total } = this.mode;
    const filled = total ? Math.round((this.done / total) * BAR) : BAR;
    const { rate } = formatRate(this.done, now - this.started);
    this.stream.write(
      `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${this.done}/${total}  ${rate} pages/s`,
    );
    this.barShown = true;
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.stream.write('\r\x1b[K');
    this.barShown = false;
  }

  /**
   * The summary line, e.g. `rendered 998 of 1000 pages in 1.21 s (825 pages/s), 2 failed`;
   * `scope` follows "pages" (the shard, the threads), `interrupted` names the signal.
   */
  summary(scope = '', interrupted?: string): string {
    const { seconds, rate } = formatRate(this.ok, performance.now() - this.started);
    let text = `rendered ${this.ok} of ${this.mode.total} pages${scope} in ${seconds} s (${rate} pages/s)`;
    if (this.failed) text += `, ${this.failed} failed`;
    if (interrupted) text = `${interrupted}: ${text}, ${this.mode.total - this.done} not started`;
    return text;
  }

  /** Ends the report: clears the bar and writes the summary (not for a single page on stdout). */
  finish(scope?: string, interrupted?: string): void {
    this.clearBar();
    if (!this.mode.single || interrupted) this.stream.write(this.summary(scope, interrupted) + '\n');
  }
}
