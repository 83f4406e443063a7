// Clocks and statistics. With --cpu, the process's CPU time instead of the wall clock: on a machine
// shared with other jobs, waiting for a core then counts for nothing (garbage-collector threads
// still count).

export const cpu = process.argv.includes("--cpu");

/** Seconds on the bench's clock. */
export function now(): number {
  if (cpu) { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; }
  return Number(process.hrtime.bigint()) / 1e9;
}

/** Seconds taken by one call of fn. */
export function timeOnce(fn: () => unknown): number {
  const t = now();
  fn();
  return now() - t;
}

/** The q-quantile (0..1) of the values, nearest rank. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const median = (values: number[]) => quantile(values, 0.5);

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** A fixed-width table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join("  ");
  return [line(header), width.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
