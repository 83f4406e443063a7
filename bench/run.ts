// The engine's speed and memory on real news, as ratios against baselines run in the same process.
//   npm run bench [-- --cpu] [-- --sizes 0.25,1,4,16] [-- --engine other/dist/engine.js] [-- --no-refs]
//     [-- --against old/engine.js]   (another build timed in the same run as "before": `npm run bench:before` makes
//                                     .cache/engine-before.js from the commit the speed work started from)
// 1. Article by article, per corpus, after warm-up: MB/s (10^6 characters a second) of the engine,
//    a bare word scan, compromise and wink-nlp; p50/p95 per article and per 5 KB.
// 2. First call: loading the engine and its first analyze, in a fresh process.
// 3. One large document: time per character as it grows (linear means a flat ratio), and peak RSS
//    per character, each size in a process of its own.
// The engine is never timed on a text it truncated: the row says so instead.
import { resolve } from "node:path";
import { childMain, childRun, type FirstCall, type Rss } from "./child";
import { compromise, engine, scan, Truncated, wink, type Contender } from "./contenders";
import { cpu, fixed, gc, median, quantile, table, timeOnce } from "./measure";
import { corpora, largeDocument, type Corpus } from "./texts";

const argv = process.argv;
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

interface Timing { size: number; chars: number; rounds: number; seconds: Map<string, number>; perArticle: number[]; per5k: number[] }

/** Below this length an article's time is mostly the fixed cost of a call: left out of the per-5 KB figures. */
const MIN_5K = 1000;

/** Every contender on every article, interleaved, `rounds` times after a warm-up pass. */
function timeCorpus(c: Corpus, contenders: Contender[]): Timing {
  const chars = c.articles.reduce((n, a) => n + a.text.length, 0);
  const rounds = Number(option("--rounds")) || Math.min(50, Math.max(3, Math.ceil(1e6 / chars)));
  const [eng] = contenders;
  // V8 goes on optimising the quote stage for ~30 passes over the 590 K chars of dev news (~15 MB): 2 MB of warm-up
  // timed the JIT, not the engine (bench:stages measured its passes settle at a third of their time at 2 MB).
  // Every contender warms up as long (the engine built from another commit, "before", needs it as much); the
  // general NLP libraries, 10-50 times slower, get 1 MB.
  for (const k of contenders) {
    const warm = k.name === "compromise" || k.name === "wink" ? 1e6 : 15e6;
    for (let n = 0; n < warm; n += chars) for (const a of c.articles) k.run(a);
  }
  const seconds = new Map(contenders.map((k) => [k.name, 0]));
  const engineRuns = c.articles.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    c.articles.forEach((a, i) => {
      for (const k of contenders) {
        const t = timeOnce(() => k.run(a));
        seconds.set(k.name, seconds.get(k.name)! + t);
        if (k === eng) engineRuns[i].push(t);
      }
    });
  }
  const perArticle = engineRuns.map(median);
  const per5k = perArticle.flatMap((t, i) => (c.articles[i].text.length >= MIN_5K ? [(t * 5000) / c.articles[i].text.length] : []));
  return { size: chars, chars: chars * rounds, rounds, seconds, perArticle, per5k };
}

function articleTable(list: Corpus[], contenders: Contender[]): string {
  const names = contenders.map((k) => k.name);
  const rows: string[][] = [];
  const news: Timing[] = [];
  const row = (name: string, n: number, t: Timing) => {
    const mbs = (k: string) => t.chars / 1e6 / t.seconds.get(k)!;
    const ms = (x: number) => fixed(x * 1000, 2);
    rows.push([name, String(n), fixed(t.size / 1e3, 0), t.rounds ? String(t.rounds) : "-", ...names.map((k) => fixed(mbs(k), 2)),
      fixed(t.seconds.get("engine")! / t.seconds.get("scan")!, 1),
      names.includes("compromise") ? fixed(mbs("engine") / mbs("compromise"), 1) : "-",
      names.includes("before") ? fixed(mbs("engine") / mbs("before"), 2) : "-",
      ms(quantile(t.perArticle, 0.5)), ms(quantile(t.perArticle, 0.95)), ms(quantile(t.per5k, 0.5)), ms(quantile(t.per5k, 0.95))]);
  };
  for (const c of list) {
    try {
      const t = timeCorpus(c, contenders);
      row(c.name, c.articles.length, t);
      if (c.name !== "seeds") news.push(t);
    } catch (e) {
      if (!(e instanceof Truncated)) throw e;
      rows.push([c.name, String(c.articles.length), `refused: ${e.message}`, ...Array(names.length + 8).fill("")]);
    }
  }
  if (news.length > 1) {
    const sum: Timing = { size: 0, chars: 0, rounds: 0, seconds: new Map(names.map((k) => [k, 0])), perArticle: [], per5k: [] };
    for (const t of news) {
      sum.size += t.size;
      sum.chars += t.chars;
      for (const k of names) sum.seconds.set(k, sum.seconds.get(k)! + t.seconds.get(k)!);
      sum.perArticle.push(...t.perArticle);
      sum.per5k.push(...t.per5k);
    }
    row("all news", news.reduce((n, t) => n + t.perArticle.length, 0), sum);
  }
  return table(["corpus", "articles", "K chars", "rounds", ...names.map((k) => `${k} MB/s`), "engine/scan time", "engine/compromise speed",
    "engine/before speed", "p50 ms", "p95 ms", "p50 ms/5KB", "p95 ms/5KB"], rows);
}

function firstCallTable(): string {
  const plain = [0, 1, 2, 3, 4].map(() => childRun<FirstCall>(["first"]));
  const cached = [0, 1, 2, 3, 4].map(() => childRun<FirstCall>(["first", "cached"]));
  const ms = (runs: FirstCall[], f: (r: FirstCall) => number) => fixed(median(runs.map(f)) * 1000, 1);
  const rows = (runs: FirstCall[]) => [ms(runs, (r) => r.load), ms(runs, (r) => r.first), ms(runs, (r) => r.second)];
  // The extension host requires the bundle; the command-line tool loads it with V8's code cache (scripts/engine-cache.cjs).
  return table(["fresh process (median of 5)", "load ms", `first analyze ms (${plain[0].chars} chars)`, "second analyze ms"], [
    ["require dist/engine.js", ...rows(plain)],
    ["with its code cache (CLI)", ...rows(cached)],
  ]);
}

function growthTable(list: Corpus[], sizes: number[]): string {
  const articles = list.flatMap((c) => c.articles);
  const eng = engine(undefined, "engine", Infinity);
  const rows: string[][] = [];
  let base = 0;
  for (const m of sizes) {
    const text = largeDocument(articles, m * 1e6);
    const reps = m <= 1 ? 5 : m <= 4 ? 3 : 1;
    let te = Infinity, ts = Infinity;
    try {
      for (let r = 0; r < reps; r++) {
        gc(); // the previous result's garbage is not this run's cost
        te = Math.min(te, timeOnce(() => eng.run({ text })));
        ts = Math.min(ts, timeOnce(() => scan.run({ text })));
      }
    } catch (e) {
      if (!(e instanceof Truncated)) throw e;
      rows.push([fixed(m, 2), `refused: ${e.message}`, "", "", "", "", "", ""]);
      continue;
    }
    gc();
    const mem = childRun<Rss>(["rss", String(text.length)]);
    base ||= te / text.length;
    rows.push([fixed(text.length / 1e6, 2), fixed(te, 2), fixed(text.length / 1e6 / te, 2), fixed(te / text.length / base, 2),
      fixed(te / ts, 1), fixed((mem.peak - mem.before) / mem.chars, 1), fixed(mem.kept / mem.chars, 1), String(mem.quotes)]);
  }
  return table(["M chars", "engine s", "MB/s", "time/char vs first", "engine/scan time", "peak RSS B/char", "heap kept B/char", "quotes"], rows);
}

function main(): void {
  if (argv.includes("--child")) return childMain(argv);
  const list = corpora();
  const against = option("--against");
  const contenders = [engine(), scan, ...(against ? [engine(resolve(against), "before")] : []),
    ...(argv.includes("--no-refs") ? [] : [compromise(), wink()])];
  console.log(`Who Said What bench: ${cpu ? "CPU time (--cpu)" : "wall clock"}, node ${process.version}, ${new Date().toISOString()}`);
  for (const k of contenders) console.log(`  ${k.name.padEnd(10)} ${k.call}`);
  console.log("\nArticle by article, after warm-up (MB/s = 10^6 characters a second; p50/p95 of the engine's median time per article;\n" +
    `ms/5KB: time × 5000 / length, for the articles of at least ${MIN_5K} characters):`);
  console.log(articleTable(list, contenders));
  console.log("\nFirst call:");
  console.log(firstCallTable());
  const sizes = (option("--sizes") ?? "0.25,1,4,16").split(",").map(Number);
  console.log("\nOne large document (articles joined, maxLength: Infinity; best of 5/3/1 runs; peak RSS in a fresh process per size,\n" +
    "minus the RSS before the call; heap kept: after a full GC, the result and whatever the engine caches):");
  console.log(growthTable(list, sizes));
}

main();
