// A progress bar on stderr, drawn only when stderr is a terminal: articles, MB, articles/s, and a bar and an ETA
// when the total is known (a folder is counted first).
import type { WriteStream } from "node:tty";

export class Progress {
  private done = 0;
  private bytes = 0;
  private last = 0;
  private readonly t0 = Date.now();

  constructor(private readonly tty: WriteStream, private readonly total?: number) {}

  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.last >= 100) { this.last = now; this.draw(now); }
  }

  private draw(now: number): void {
    const s = Math.max((now - this.t0) / 1000, 0.001);
    const rate = this.done / s;
    const mb = this.bytes / 1e6;
    let line = `${this.done}${this.total ? `/${this.total}` : ""} articles, ${mb.toFixed(1)} MB, ${rate.toFixed(0)} articles/s, ${(mb / s).toFixed(2)} MB/s`;
    if (this.total) {
      const width = 24;
      const f = Math.min(this.done / this.total, 1);
      const eta = rate ? Math.ceil((this.total - this.done) / rate) : 0;
      line = `[${"█".repeat(Math.round(f * width)).padEnd(width, "·")}] ${line}, ${eta}s left`;
    }
    this.tty.write(`\r${line.slice(0, (this.tty.columns || 100) - 1)}\x1b[K`);
  }

  end(): void {
    this.draw(Date.now());
    this.tty.write("\n");
  }
}
