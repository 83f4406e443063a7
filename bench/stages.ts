// Where the engine's time goes: CPU milliseconds per pipeline stage on the dev news corpora, article by article,
// optionally against the same stages built from another commit, interleaved in the same process (ratios, not
// wall clocks from two runs on a shared machine).
//   npm run bench:stages [-- --against REV] [-- --rounds N] [-- --warm N]
// The second bundle is made by scripts/stages-at.sh REV (src/ at that commit). Node runs it --single-threaded:
// process.cpuUsage() counts every thread of the process, so V8's background compiling and collecting would be
// charged to whichever stage happened to run meanwhile (the stage after the tokens paid for their garbage).
import { buildSync } from "esbuild";
import { existsSync } from "node:fs";
import { STAGES, type Analysis, type Stage } from "../src/engine/analyze";
import { fixed, median, table } from "./measure";
import { corpora, type Article } from "./texts";

const argv = process.argv;
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs every stage on every article, adding each stage's CPU time to `into`. */
function pass(stages: readonly Stage[], articles: Article[], into: Map<string, number> | null): void {
  for (const art of articles) {
    const a = { text: art.text, options: { lang: art.lang } } as Analysis;
    for (const s of stages) {
      const t = into ? cpuMs() : 0;
      s.run(a);
      if (into) into.set(s.name, (into.get(s.name) ?? 0) + cpuMs() - t);
    }
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);

/** The working tree's stages bundled as scripts/stages-at.sh bundles a commit's. */
function sameWayBundle(): readonly Stage[] {
  const out = `${process.cwd()}/.cache/stages-now.cjs`;
  buildSync({ entryPoints: ["src/engine/analyze.ts"], bundle: true, platform: "node", format: "cjs", logLevel: "warning", outfile: out });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out).STAGES;
}

function main(): void {
  const articles = corpora().filter((c) => c.name !== "seeds").flatMap((c) => c.articles);
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const other = option("--against");
  const bundle = other ? `.cache/stages-${other}.cjs` : undefined;
  if (bundle && !existsSync(bundle)) throw new Error(`${bundle} missing: run scripts/stages-at.sh ${other}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const before: readonly Stage[] | undefined = bundle ? require(`${process.cwd()}/${bundle}`).STAGES : undefined;
  // Against another build, this one is bundled the same way (scripts/stages-at.sh's command): code bundled into this
  // script reads 1.04-1.05 against the same source bundled apart, a bias larger than most changes measured.
  const stages = bundle ? sameWayBundle() : STAGES;
  const rounds = Number(option("--rounds")) || 20;
  // V8 goes on optimising the quote stage's functions for ~30 passes over these texts (it runs each only ~1,400
  // times a pass): after 3 passes the stage still costs 1.5× its settled time. Warm up longer than the JIT.
  const warm = Number(option("--warm")) || 30;
  for (let r = 0; r < warm; r++) { pass(stages, articles, null); if (before) pass(before, articles, null); }
  // Each round runs both builds, in turns first and second (a build that always runs first may gain from the
  // other's garbage being collected in its time, or lose to it); a round's ratio compares the two passes made
  // side by side, and the speed-up is the median of the rounds' ratios, so a burst of load on the shared machine
  // that hits one pass moves one round, not the figure.
  const now: Map<string, number>[] = [];
  const then: Map<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = new Map<string, number>();
    const b = new Map<string, number>();
    if (before && r % 2 === 1) { pass(before, articles, b); pass(stages, articles, a); }
    else { pass(stages, articles, a); if (before) pass(before, articles, b); }
    now.push(a);
    then.push(b);
  }
  const mean = (ms: Map<string, number>[], k?: string) => ms.reduce((n, m) => n + (k ? (m.get(k) ?? NaN) : sum(m)), 0) / rounds;
  const ratio = (k?: string) => median(now.map((m, r) => (k ? (then[r].get(k) ?? NaN) / m.get(k)! : sum(then[r]) / sum(m))));
  const t = mean(now);
  const rows = [...now[0].keys()].map((k) => {
    const ms = mean(now, k);
    const row = [k, fixed(ms), fixed((100 * ms) / t)];
    if (before) row.push(fixed(mean(then, k)), fixed(ratio(k), 2));
    return row;
  });
  const last = ["total", fixed(t), "100.0"];
  if (before) last.push(fixed(mean(then)), fixed(ratio(), 2));
  const header = ["stage", "ms/pass", "%"];
  if (before) header.push(`ms at ${other}`, "speed-up");
  console.log(`${articles.length} news articles, ${(chars / 1e3).toFixed(0)} K chars, ${rounds} rounds, CPU time per pass`);
  console.log(table(header, [...rows, last]));
  console.log(`engine ${(chars / 1e3 / t).toFixed(2)} MB/s${before ? `, at ${other} ${(chars / 1e3 / mean(then)).toFixed(2)} MB/s` : ""}`);
  if (before) console.log("speed-up: the median over rounds of (ms at the other build / ms now), both passed side by side in each round");
}

if (require.main === module) main();
export { STAGES };
