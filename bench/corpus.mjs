// @ts-check
// `npm run bench:corpus`: the CLI at corpus scale, on generated articles (scripts/gen-articles.mjs, invented text).
//  1. Throughput on a folder of --count articles (default 2,000): articles/s and MB/s, by the wall clock and by the
//     CPU time of the CLI process (the fair figure on a shared machine), with one worker thread and with every core,
//     for jsonl and Parquet output.
//  2. Memory on a streamed jsonl input of --bytes (default 100 MB; `-- --bytes 1e9` for a gigabyte) piped from the
//     generator through the CLI (jsonl out, totals folded): resident memory sampled from /proc as the input flows,
//     reported at each tenth of the input; flat means the last tenths hold what the second did.
// Timings are printed, never asserted (the tests assert values).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/who-said-what.js");
const GEN = path.join(ROOT, "scripts/gen-articles.mjs");
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? Number(argv[i + 1]) : dflt; };
const COUNT = opt("--count", 2000);
const BYTES = opt("--bytes", 100e6);
const TICK = 100; // clock ticks a second in /proc/<pid>/stat (USER_HZ)
const cores = os.availableParallelism();

/** CPU seconds (user + system, all threads) and resident MB of a live process, from /proc. */
function sample(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpu = (Number(f[11]) + Number(f[12])) / TICK;
    const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    return { cpu, rss };
  } catch { return undefined; }
}

/** Runs the CLI; resolves with wall seconds, CPU seconds and peak RSS (MB), watching /proc every 50 ms. */
function timed(args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "inherit"], ...opts });
    let last = { cpu: 0, rss: 0 };
    let peak = 0;
    const timer = setInterval(() => { const s = sample(child.pid); if (s) { last = s; peak = Math.max(peak, s.rss); } }, 50);
    child.on("error", reject);
    child.on("exit", () => {
      clearInterval(timer);
      resolve({ wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: last.cpu, peak });
    });
  });
}

async function throughput() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-bench-corpus-"));
  try {
    spawnSync(process.execPath, [GEN, "--count", String(COUNT), "--seed", "42", "--dir", dir]);
    const mb = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1e6;
    console.log(`\n== throughput: a folder of ${COUNT} generated articles, ${mb.toFixed(2)} MB, ${cores} cores, load ${os.loadavg()[0].toFixed(1)}`);
    console.log("format   jobs   wall s   articles/s   MB/s   | CPU s   articles/CPU-s   MB/CPU-s   peak RSS MB");
    for (const [format, jobs] of [["jsonl", 1], ["jsonl", cores], ["parquet", cores]]) {
      const out = format === "parquet" ? ["--out", path.join(os.tmpdir(), `wsw-bench-${process.pid}.parquet`)] : [];
      const r = await timed(["--format", format, "--jobs", String(jobs), ...out, dir]);
      if (out.length) fs.rmSync(out[1], { force: true });
      console.log(`${format.padEnd(8)} ${String(jobs).padStart(4)} ${r.wall.toFixed(2).padStart(8)} ${(COUNT / r.wall).toFixed(0).padStart(12)} ${(mb / r.wall).toFixed(2).padStart(6)}   | ${r.cpu.toFixed(2).padStart(5)} ${(COUNT / r.cpu).toFixed(0).padStart(16)} ${(mb / r.cpu).toFixed(2).padStart(10)} ${r.peak.toFixed(0).padStart(13)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function memory() {
  console.log(`\n== memory: ${(BYTES / 1e6).toFixed(0)} MB of generated jsonl streamed through the CLI (--jobs ${cores}, jsonl out, --totals)`);
  const totals = path.join(os.tmpdir(), `wsw-bench-totals-${process.pid}.json`);
  const gen = spawn(process.execPath, [GEN, "--bytes", String(BYTES), "--seed", "9"], { stdio: ["ignore", "pipe", "inherit"] });
  const cli = spawn(process.execPath, [BIN, "--input", "jsonl", "--format", "jsonl", "--totals", totals], { stdio: ["pipe", "ignore", "inherit"] });
  let fed = 0;
  gen.stdout.on("data", (c) => { fed += c.length; if (!cli.stdin.write(c)) { gen.stdout.pause(); cli.stdin.once("drain", () => gen.stdout.resume()); } });
  gen.stdout.on("end", () => cli.stdin.end());
  const t0 = Date.now();
  /** @type {{ at: number, rss: number }[]} */
  const samples = [];
  let cpu = 0;
  const timer = setInterval(() => { const s = sample(cli.pid); if (s) { samples.push({ at: fed, rss: s.rss }); cpu = s.cpu; } }, 250);
  await new Promise((r) => cli.on("exit", r));
  clearInterval(timer);
  const wall = (Date.now() - t0) / 1000;
  const articles = JSON.parse(fs.readFileSync(totals, "utf8")).articles;
  fs.rmSync(totals, { force: true });
  console.log(`${articles} articles, ${(fed / 1e6).toFixed(0)} MB in ${wall.toFixed(0)} s (${(fed / 1e6 / wall).toFixed(2)} MB/s wall, ${(fed / 1e6 / cpu).toFixed(2)} MB/CPU-s)`);
  console.log("input read   RSS MB (max over the tenth)");
  const tenth = [];
  for (const s of samples) { const k = Math.min(9, Math.floor((s.at / fed) * 10)); tenth[k] = Math.max(tenth[k] ?? 0, s.rss); }
  tenth.forEach((rss, k) => { if (rss !== undefined) console.log(`${String((k + 1) * 10).padStart(8)} %   ${rss.toFixed(0).padStart(6)}`); });
  const early = tenth[1] ?? tenth[0];
  const late = Math.max(...tenth.slice(5).filter((x) => x !== undefined));
  console.log(`peak RSS ${Math.max(...samples.map((s) => s.rss)).toFixed(0)} MB; last half / second tenth: ${(late / early).toFixed(2)}× (flat ≈ 1)`);
}

if (!fs.existsSync(path.join(ROOT, "dist/cli-worker.js"))) throw new Error("run `node esbuild.js` first");
if (!argv.includes("--memory-only")) await throughput();
if (!argv.includes("--throughput-only")) await memory();
