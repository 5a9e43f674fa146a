/**
 * A one-line progress bar: redrawn in place on a terminal, one plain line per step elsewhere
 * (CI logs, files), where carriage returns would pile up as noise.
 */
export class ProgressBar {
  private done = 0;
  private readonly startedAt = Date.now();

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stdout,
  ) {}

  /** Marks the previous step done and names the one starting now. */
  step(label: string): void {
    this.draw(label);
    this.done += 1;
  }

  /** Draws the full bar and ends the line; returns the elapsed milliseconds. */
  finish(label: string): number {
    this.done = this.total;
    this.draw(label);
    if (this.stream.isTTY) this.stream.write('\n');
    return Date.now() - this.startedAt;
  }

  private draw(label: string): void {
    const width = 24;
    const filled = Math.round((this.done / this.total) * width);
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${label} (${seconds} s)`;
    if (this.stream.isTTY) this.stream.write(`\r\x1b[2K${line}`);
    else this.stream.write(`${line}\n`);
  }
}
