// What the bench times on the same texts: the engine as built (dist/engine.js), a bare word scan
// (the floor: one regex pass), and two NLP libraries as reference points, loaded only here.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { AnalyzeOptions, ArticleAnalysis } from "../src/engine";
import { ROOT, type Article } from "./texts";

export interface Contender { name: string; call: string; run(a: Article): unknown }
type Analyze = (text: string, options?: AnalyzeOptions) => ArticleAnalysis;

const load = createRequire(__filename);

/** The engine bundle named by --engine, else the project's dist/engine.js. */
export function enginePath(argv = process.argv): string {
  const i = argv.indexOf("--engine");
  return i >= 0 ? resolve(argv[i + 1]) : join(ROOT, "dist", "engine.js");
}

export class Truncated extends Error {}

/** The engine, which refuses to be timed on a text it did not analyse to the end. */
export function engine(file = enginePath(), name = "engine", maxLength?: number): Contender {
  const analyze = (load(file) as { analyze: Analyze }).analyze;
  return {
    name,
    call: `analyze(text, { lang${maxLength ? ", maxLength: Infinity" : ""} }) from ${file.slice(ROOT.length + 1) || file}`,
    run(a) {
      const r = analyze(a.text, { lang: a.lang, maxLength });
      if (r.truncated) throw new Truncated(`${name} analysed ${r.truncated.analysedLength} of ${r.truncated.totalLength} chars: not timed`);
      return r;
    },
  };
}

export const scan: Contender = {
  name: "scan",
  call: "text.match(/[\\p{L}\\p{N}]+/gu)",
  run: (a) => a.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
};

export function compromise(): Contender {
  const nlp = load("compromise") as typeof import("compromise").default;
  return {
    name: "compromise",
    call: "nlp(text) then .quotations() and .people() (compromise/three, English model on every text)",
    run: (a) => { const doc = nlp(a.text); return doc.quotations().length + doc.people().length; },
  };
}

export function wink(): Contender {
  const winkNLP = load("wink-nlp") as typeof import("wink-nlp").default;
  const nlp = winkNLP(load("wink-eng-lite-web-model"));
  return {
    name: "wink",
    call: "nlp.readDoc(text).entities() (wink-nlp + wink-eng-lite-web-model, English model on every text)",
    run: (a) => nlp.readDoc(a.text).entities().length(),
  };
}
