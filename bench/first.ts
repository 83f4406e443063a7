// The first call: a user opening their first article, in a fresh process. Loading the engine, then its first analyze
// (the language detected, as the extension and the CLI do by default), as the three ways the product loads it:
//   require   a plain require of dist/engine.js (no code cache);
//   cached    as the command-line tool loads it: with V8's code cache made at build time (dist/engine.cache);
//   host      as the extension host does: lazily, with the code cache it keeps in its global storage (written by the
//             first process after its first analysis: here one process primes it, the timed ones start from it).
//   npm run bench:first [-- --runs 20] [-- --against other/engine.js] [-- --texts a.txt,b.txt] [-- --cpu]
// Each row is the median of `runs` fresh processes; the variants (and the --against build, whose code cache is
// read next to it: other/engine.cache) are interleaved, so that a machine's load falls on all of them alike.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { childMain, childRun, type FirstCall, type LoadHow } from "./child";
import { enginePath } from "./contenders";
import { cpu, fixed, median, table } from "./measure";
import { ROOT } from "./texts";

const argv = process.argv;
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

const HOWS: readonly LoadHow[] = ["require", "cached", "host"];
const LABEL: Record<LoadHow, string> = { require: "require", cached: "code cache (CLI)", host: "host cache (extension)" };

function main(): void {
  if (argv.includes("--child")) return childMain(argv);
  const runs = Number(option("--runs")) || 20;
  const texts = (option("--texts") ?? "seeds/000_f28c37849755220d.txt,seeds/rural-clinics.en.txt").split(",").map((f) => resolve(ROOT, f));
  const engines = [{ name: "this build", file: enginePath() }];
  const against = option("--against");
  if (against) engines.push({ name: "against", file: resolve(against) });
  const hostDirs = engines.map(() => mkdtempSync(join(tmpdir(), "wsw-first-")));
  const runsOf = new Map<string, FirstCall[]>();
  const key = (t: number, h: LoadHow, e: number) => `${t} ${h} ${e}`;
  try {
    // The host's cache is made by its first process, after the first analysis (of the first text).
    engines.forEach((e, i) => childRun<FirstCall>(["first", "host", texts[0], hostDirs[i]], e.file));
    for (let r = 0; r < runs; r++) {
      texts.forEach((text, t) => HOWS.forEach((how) => engines.forEach((e, i) => {
        const k = key(t, how, i);
        runsOf.set(k, [...runsOf.get(k) ?? [], childRun<FirstCall>(["first", how, text, hostDirs[i]], e.file)]);
      })));
    }
  } finally {
    for (const d of hostDirs) rmSync(d, { recursive: true, force: true });
  }
  console.log(`First call in a fresh process: median of ${runs} processes per row, ${cpu ? "CPU time (--cpu)" : "wall clock"}, node ${process.version}`);
  engines.forEach((e) => console.log(`  ${e.name.padEnd(10)} ${relative(ROOT, e.file) || e.file}`));
  const ms = (list: FirstCall[], f: (r: FirstCall) => number) => fixed(median(list.map(f)) * 1000, 1);
  texts.forEach((text, t) => {
    const rows = HOWS.flatMap((how) => engines.map((e, i) => {
      const list = runsOf.get(key(t, how, i))!;
      return [`${e.name}, ${LABEL[how]}`, ms(list, (r) => r.load), ms(list, (r) => r.first), ms(list, (r) => r.load + r.first), ms(list, (r) => r.second)];
    }));
    const chars = runsOf.get(key(t, "require", 0))![0].chars;
    console.log(`\n${relative(ROOT, text)} (${chars} chars)`);
    console.log(table(["engine, loaded by", "load ms", "first analyze ms", "load + first ms", "second analyze ms"], rows));
  });
}

main();
