// The pipeline's declared stages (analyze.ts STAGES), checked as spaCy's analyze_pipes does: every layer a
// stage requires is assigned before it, the output reads only assigned layers, and what each stage declares
// is what its code reads and writes (recorded through a proxy while it runs on real text). The quote stage's own
// passes (quotes/index.ts QUOTE_PASSES) are checked the same way, from the document the stages before it build.
import * as assert from "assert";
import { INPUTS, resultOf, STAGES, type Analysis, type Layer } from "../../../src/engine/analyze";
import { QUOTE_INPUTS, QUOTE_PASSES, type QuoteLayers } from "../../../src/engine/quotes/index";

const SAMPLES: [string, string][] = [
  ["fr", "Le ministre chinois de la Défense, Wei Fenghe, était à Téhéran mardi. « Nous sommes prêts à coopérer », " +
    "a réaffirmé le ministre chinois de la Défense. Selon l'agence IRNA, il a rencontré son homologue."],
  ["en", "Health officials in Ontario said on Monday that rural clinics would close. “We cannot staff them,” said " +
    "Dr. Karen Wang, the province's chief medical officer. The Ontario Medical Association (OMA) disagreed."],
];

/** A stage or a pass: what it declares and what it runs on its state. */
interface Declared<L extends string, S> {
  name: string;
  requires: readonly L[];
  assigns: readonly L[];
  run(s: S): void;
}

/** Runs stages in order from a state, recording for each the layers it read and wrote. */
function trace<L extends string, S>(stages: readonly Declared<L, S>[], state: Record<string, unknown>): { reads: Set<string>; writes: Set<string> }[] {
  return stages.map((stage) => {
    const reads = new Set<string>();
    const writes = new Set<string>();
    const proxy = new Proxy(state, {
      get(t, k) { if (typeof k === "string" && !writes.has(k)) reads.add(k); return t[k as string]; },
      set(t, k, v) { writes.add(String(k)); t[k as string] = v; return true; },
    });
    stage.run(proxy as unknown as S);
    return { reads, writes };
  });
}

/** Checks that every layer a stage requires was assigned before it, by the inputs or an earlier stage. */
function assignedBefore<L extends string, S>(stages: readonly Declared<L, S>[], inputs: readonly L[]): void {
  const assigned = new Set<L>(inputs);
  for (const stage of stages) {
    for (const layer of stage.requires) assert.ok(assigned.has(layer), `${stage.name} requires ${layer} before any stage assigns it`);
    for (const layer of stage.assigns) assigned.add(layer);
  }
}

/** Checks that each stage read exactly what it requires and wrote only what it assigns, and wrote or refined each layer it assigns. */
function declaredAsRun<L extends string, S>(stages: readonly Declared<L, S>[], state: Record<string, unknown>): void {
  trace(stages, state).forEach(({ reads, writes }, i) => {
    const stage = stages[i];
    assert.deepEqual(sorted(reads), sorted(stage.requires), `${stage.name}: reads`);
    for (const layer of writes) assert.ok(stage.assigns.includes(layer as L), `${stage.name} writes ${layer} without declaring it`);
    // A layer assigned but not written is refined in place, so the stage must read it too.
    for (const layer of stage.assigns) assert.ok(writes.has(layer) || stage.requires.includes(layer), `${stage.name}: ${layer} neither written nor refined`);
  });
}

/** The outer stages run up to the quote stage's input: the document. */
function docOf(text: string): Record<string, unknown> {
  const state: Record<string, unknown> = { text, options: {} };
  for (const stage of STAGES) {
    if (stage.name === "quotes") break;
    stage.run(state as unknown as Analysis);
  }
  return { doc: state.doc };
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe("pipeline stages", () => {
  it("have distinct names", () => {
    assert.equal(new Set(STAGES.map((s) => s.name)).size, STAGES.length);
  });

  it("require only layers an earlier stage (or the caller) assigned", () => {
    assignedBefore<Layer, Analysis>(STAGES, INPUTS);
  });

  it("assign every layer the output reads", () => {
    const assigned = new Set<string>([...INPUTS, ...STAGES.flatMap((s) => s.assigns)]);
    for (const [, text] of SAMPLES) {
      const state: Record<string, unknown> = { text, options: {} };
      for (const stage of STAGES) stage.run(state as unknown as Analysis);
      const read = new Set<string>();
      resultOf(new Proxy(state, { get(t, k) { read.add(String(k)); return t[k as string]; } }) as unknown as Analysis);
      assert.deepEqual(sorted(read), ["entities", "lang", "quotes"]);
      for (const layer of read) assert.ok(assigned.has(layer), `the output reads ${layer}, which no stage assigns`);
    }
  });

  for (const [lang, text] of SAMPLES) {
    it(`declare what they read and write (${lang})`, () => {
      declaredAsRun<Layer, Analysis>(STAGES, { text, options: {} });
    });
  }

  it("find the founding article's speaker through the stages", () => {
    const state: Record<string, unknown> = { text: SAMPLES[0][1], options: {} };
    for (const stage of STAGES) stage.run(state as unknown as Analysis);
    const quotes = (state as unknown as Analysis).quotes;
    const q = quotes.find((x) => x.text.startsWith("« Nous sommes prêts"));
    assert.equal(q?.speaker?.name, "Wei Fenghe");
  });
});

describe("quote stage passes", () => {
  it("have distinct names", () => {
    assert.equal(new Set(QUOTE_PASSES.map((s) => s.name)).size, QUOTE_PASSES.length);
  });

  it("require only layers an earlier pass (or the document) assigned", () => {
    assignedBefore<keyof QuoteLayers, QuoteLayers>(QUOTE_PASSES, QUOTE_INPUTS);
  });

  it("end on the statements, which the quotes stage returns", () => {
    assert.ok(QUOTE_PASSES.some((p) => p.assigns.includes("quotes")));
  });

  for (const [lang, text] of SAMPLES) {
    it(`declare what they read and write (${lang})`, () => {
      declaredAsRun<keyof QuoteLayers, QuoteLayers>(QUOTE_PASSES, docOf(text));
    });
  }
});
