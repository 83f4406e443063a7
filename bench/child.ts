// Measures that need a process of their own, run as `node out/bench.js --child <what>`:
//   first [how] [file] [dir]  loading the engine, then its first and second analyze (really the first in the
//              process) of the text in `file` (default: the first seed), its language detected as the extension and
//              the CLI do by default. `how` is how the engine is loaded: "require" (default), "cached" as the
//              command-line tool loads it (V8's code cache, dist/engine.cache made by `node esbuild.js`; see
//              scripts/engine-cache.cjs), or "host" as the extension host does (lazily, with the code cache it keeps in
//              `dir`, its global storage: made by the first such process after its first analysis, read by the next);
//   rss <n>    peak RSS of analysing an n-character document, minus the RSS before the call; and the
//              heap the result keeps after a full GC.
// Each prints one JSON line; the parent (childRun) spawns and reads it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AnalyzeOptions, ArticleAnalysis } from "../src/engine";
import { engine, enginePath } from "./contenders";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engineCache = require("../scripts/engine-cache.cjs") as {
  load(file: string): unknown;
  useHostCache(dir: string, log: (message: string) => void): string;
  lazy(file: string): unknown;
};
import { gc, now } from "./measure";
import { corpora, largeDocument, seeds } from "./texts";

export interface FirstCall { load: number; first: number; second: number; chars: number }
export type LoadHow = "require" | "cached" | "host";
export interface Rss { chars: number; before: number; peak: number; kept: number; quotes: number }

type Engine = { analyze: (t: string, o?: AnalyzeOptions) => ArticleAnalysis };

function loadEngine(how: LoadHow, hostDir: string | undefined): Engine {
  if (how === "cached") return engineCache.load(enginePath()) as Engine;
  if (how === "require") return createRequire(__filename)(enginePath()) as Engine;
  engineCache.useHostCache(hostDir!, () => {});
  return engineCache.lazy(enginePath()) as Engine;
}

function first(how: LoadHow, file: string | undefined, hostDir: string | undefined): FirstCall {
  const article = file ? { text: readFileSync(file, "utf8"), lang: undefined } : seeds().articles[0];
  const t0 = now();
  const engine = loadEngine(how, hostDir);
  const { analyze } = engine; // the host's engine is loaded here, at the first use of an export
  const t1 = now();
  analyze(article.text, { lang: article.lang });
  const t2 = now();
  analyze(article.text, { lang: article.lang });
  const t3 = now();
  return { load: t1 - t0, first: t2 - t1, second: t3 - t2, chars: article.text.length };
}

function rss(chars: number): Rss {
  const run = engine(enginePath(), "engine", Infinity);
  run.run(seeds().articles[0]); // the lexicons: built once per process, not a cost per character
  const text = largeDocument(corpora().flatMap((c) => c.articles), chars);
  gc();
  const before = process.memoryUsage().rss;
  const heap = process.memoryUsage().heapUsed;
  const result = run.run({ text }) as ArticleAnalysis;
  const peak = process.resourceUsage().maxRSS * 1024;
  gc();
  const kept = process.memoryUsage().heapUsed - heap;
  return { chars: text.length, before, peak, kept, quotes: result.quotes.length }; // result alive until here
}

export function childMain(argv: string[]): void {
  const what = argv[argv.indexOf("--child") + 1];
  const arg = argv[argv.indexOf("--child") + 2];
  const rest = argv.slice(argv.indexOf("--child") + 3);
  const out = what === "first" ? first((arg || "require") as LoadHow, rest[0] || undefined, rest[1]) : rss(Number(arg));
  console.log(JSON.stringify(out));
}

/** Runs this bench file again in a fresh node with `--child ...args`, passing on --cpu and --engine (or `engine`). */
export function childRun<T>(args: string[], engine?: string): T {
  const pass = engine ? [...process.argv.slice(2).filter((a) => a === "--cpu"), "--engine", engine]
    : process.argv.slice(2).filter((a, i, all) => a === "--cpu" || a === "--engine" || all[i - 1] === "--engine");
  // Only the RSS measure collects garbage: a V8 flag would also make V8 refuse the engine's code cache (made without it).
  const flags = args[0] === "rss" ? ["--expose-gc"] : [];
  const r = spawnSync(process.execPath, [...flags, __filename, ...pass, "--child", ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child ${args.join(" ")} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "null") as T;
}
