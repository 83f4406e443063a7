// Throughput and memory of the engine, as ratios against a baseline pass run in the same
// process (a plain regex word scan over the same text), so figures compare across machines.
//   npm run bench [-- --mb 8] [-- --cpu]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/engine";

const args = process.argv.slice(2);
const mb = Number(args[args.indexOf("--mb") + 1]) || 4;
const seedsDir = join(process.cwd(), "seeds");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedsDir, f), "utf8"));

function corpusOf(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) { const s = seeds[i % seeds.length]; parts.push(s); n += s.length; }
  return parts.join("\n\n");
}

function baseline(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * With --cpu, the process's CPU time instead of the wall clock: on a machine shared with other
 * jobs, waiting for a core then counts for nothing (garbage-collector threads still count).
 */
const cpu = args.includes("--cpu");

function time(fn: () => unknown, reps = 3): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    if (cpu) { const t = process.cpuUsage(); fn(); const u = process.cpuUsage(t); best = Math.min(best, (u.user + u.system) / 1e6); }
    else { const t = process.hrtime.bigint(); fn(); best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9); }
  }
  return best;
}

// The first call builds the lexicons and gazetteers (once per process): measured apart.
const cold = time(() => analyze(seeds[0]), 1);
for (let i = 0; i < 20; i++) analyze(corpusOf(20_000));
const rows: string[] = [];
for (const size of [mb / 4, mb / 2, mb]) {
  const text = corpusOf(size * 1e6);
  const tb = time(() => baseline(text));
  const te = time(() => analyze(text));
  const mbs = text.length / 1e6 / te;
  rows.push(`${(text.length / 1e6).toFixed(1).padStart(5)} M chars  engine ${mbs.toFixed(1).padStart(5)} MB/s  baseline ${(text.length / 1e6 / tb).toFixed(1).padStart(6)} MB/s  ratio ${(te / tb).toFixed(1)}x baseline`);
}
const small = seeds[0];
const ts = time(() => analyze(small), 20);
global.gc?.();
const before = process.memoryUsage().heapUsed;
const big = corpusOf(mb * 1e6);
const res = analyze(big);
const after = process.memoryUsage().heapUsed;
console.log(`Who Said What engine benchmark (best of 3${cpu ? ", CPU time" : ""})`);
for (const r of rows) console.log(r);
console.log(`first call in the process (builds lexicons): ${(cold * 1000).toFixed(0)} ms`);
console.log(`one article (${small.length} chars): ${(ts * 1000).toFixed(2)} ms`);
console.log(`heap growth for ${(big.length / 1e6).toFixed(1)} M chars: ${((after - before) / 1e6).toFixed(0)} MB (${((after - before) / big.length).toFixed(1)} bytes/char), ${res.quotes.length} quotes`);
console.log("linearity: time per char should stay flat across the three sizes above");
