// The pipeline's declared stages (analyze.ts STAGES), checked as spaCy's analyze_pipes does: every layer a
// stage requires is assigned before it, the output reads only assigned layers, and what each stage declares
// is what its code reads and writes (recorded through a proxy while it runs on real text).
import * as assert from "assert";
import { INPUTS, resultOf, STAGES, type Analysis, type Layer } from "../../../src/engine/analyze";

const SAMPLES: [string, string][] = [
  ["fr", "Le ministre chinois de la Défense, Wei Fenghe, était à Téhéran mardi. « Nous sommes prêts à coopérer », " +
    "a réaffirmé le ministre chinois de la Défense. Selon l'agence IRNA, il a rencontré son homologue."],
  ["en", "Health officials in Ontario said on Monday that rural clinics would close. “We cannot staff them,” said " +
    "Dr. Karen Wang, the province's chief medical officer. The Ontario Medical Association (OMA) disagreed."],
];

/** Runs the stages on a text, recording for each the layers it read and wrote. */
function trace(text: string): { reads: Set<string>; writes: Set<string> }[] {
  const state: Record<string, unknown> = { text, options: {} };
  return STAGES.map((stage) => {
    const reads = new Set<string>();
    const writes = new Set<string>();
    const proxy = new Proxy(state, {
      get(t, k) { if (typeof k === "string" && !writes.has(k)) reads.add(k); return t[k as string]; },
      set(t, k, v) { writes.add(String(k)); t[k as string] = v; return true; },
    });
    stage.run(proxy as unknown as Analysis);
    return { reads, writes };
  });
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe("pipeline stages", () => {
  it("have distinct names", () => {
    assert.equal(new Set(STAGES.map((s) => s.name)).size, STAGES.length);
  });

  it("require only layers an earlier stage (or the caller) assigned", () => {
    const assigned = new Set<Layer>(INPUTS);
    for (const stage of STAGES) {
      for (const layer of stage.requires) assert.ok(assigned.has(layer), `${stage.name} requires ${layer} before any stage assigns it`);
      for (const layer of stage.assigns) assigned.add(layer);
    }
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
      trace(text).forEach(({ reads, writes }, i) => {
        const stage = STAGES[i];
        assert.deepEqual(sorted(reads), sorted(stage.requires), `${stage.name}: reads`);
        for (const layer of writes) assert.ok(stage.assigns.includes(layer as Layer), `${stage.name} writes ${layer} without declaring it`);
        // A layer assigned but not written is refined in place, so the stage must read it too.
        for (const layer of stage.assigns) assert.ok(writes.has(layer) || stage.requires.includes(layer), `${stage.name}: ${layer} neither written nor refined`);
      });
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
