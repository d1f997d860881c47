/**
 * The live terminal view of `piccs sim`: lines (timeline on stdout, log lines on stderr) scroll, and one progress
 * line stays below them. Before any line is written the progress line is erased (CR + erase-line), after it the
 * progress line is drawn again, so a log line never lands on the progress line. The progress line is only redrawn
 * when its text changes, and only the terminal's width limits it (a longer line would wrap and break the redraw).
 */

import { Writable } from 'node:stream';

const ERASE_LINE = '\r\x1b[K';

export interface TerminalDisplayOptions {
  /** Where the timeline and the progress line go (stdout, a terminal). */
  out: NodeJS.WritableStream;
  /** Where log lines go (stderr); the same terminal, or a file. */
  err: NodeJS.WritableStream;
  /** True when `err` is the terminal too: log lines then erase and redraw the progress line around them. */
  errIsTerminal: boolean;
  /** Terminal width in columns (undefined: unknown, no limit). */
  columns?: number;
}

export class TerminalDisplay {
  private progressText = '';
  private shown = false;

  constructor(private readonly o: TerminalDisplayOptions) {}

  /** A timeline line: scrolls above the progress line. */
  line(text: string): void {
    this.hide();
    this.o.out.write(`${text}\n`);
    this.show();
  }

  /** The progress line's new text (drawn at once if it changed). */
  progress(text: string): void {
    const cols = this.o.columns;
    const t = cols && cols > 1 && text.length > cols - 1 ? `${text.slice(0, cols - 2)}…` : text;
    if (t === this.progressText && this.shown) return;
    this.progressText = t;
    this.o.out.write(`${ERASE_LINE}${t}`);
    this.shown = true;
  }

  /** A stream for the logger: each write erases the progress line, writes the log text, then redraws it. */
  logStream(): Writable {
    return new Writable({
      write: (chunk: Buffer | string, _enc, cb) => {
        if (this.o.errIsTerminal) this.hide();
        this.o.err.write(chunk);
        if (this.o.errIsTerminal) this.show();
        cb();
      },
    });
  }

  /** Erase the progress line for good (before the final summary). */
  end(): void {
    this.hide();
    this.progressText = '';
  }

  private hide(): void {
    if (!this.shown) return;
    this.o.out.write(ERASE_LINE);
    this.shown = false;
  }

  private show(): void {
    if (this.progressText === '' || this.shown) return;
    this.o.out.write(this.progressText);
    this.shown = true;
  }
}
