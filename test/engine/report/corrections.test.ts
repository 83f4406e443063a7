// Corrections of an analysis: speaker, type, merge; applied to a copy, found again after an edit, skipped when stale.
import * as assert from "node:assert/strict";
import { analyze, applyCorrections, parseCorrections, shareOfVoice } from "../../../src/engine";

const TEXT = "« Tout ira bien », a déclaré Pierre Dupont. Dupont a parlé à Paris. « Non », a répondu Marie Curie.";

describe("corrections", () => {
  const a = analyze(TEXT, { lang: "fr" });
  const names = (x = a) => x.people.map((p) => p.name);

  it("changes a statement's speaker, or removes it, without touching the original", () => {
    const q = a.quotes.find((x) => x.text === "« Non »")!;
    const b = applyCorrections(a, [{ op: "speaker", quote: { start: q.start, end: q.end, text: q.text }, speaker: "Pierre Dupont" }]);
    assert.equal(b.quotes.find((x) => x.text === "« Non »")!.speaker?.name, "Pierre Dupont");
    assert.equal(a.quotes.find((x) => x.text === "« Non »")!.speaker?.name, "Marie Curie");
    const c = applyCorrections(a, [{ op: "speaker", quote: { start: q.start + 3, end: q.end + 3, text: q.text }, speaker: null }]);
    assert.equal(c.quotes.find((x) => x.text === "« Non »")!.speaker, null, "found again by its text");
    assert.equal(shareOfVoice(c).bySource.unattributed.statements, 1);
  });

  it("retypes an entity (its statements follow) or drops it", () => {
    const b = applyCorrections(a, [{ op: "retype", name: "Marie Curie", kind: "org" }]);
    assert.ok(!names(b).includes("Marie Curie"));
    const org = b.orgs.find((o) => o.name === "Marie Curie")!;
    assert.ok(org.mentions.every((m) => m.entity === org.id));
    assert.equal(b.quotes.find((x) => x.text === "« Non »")!.speaker?.entity, org.id);
    const c = applyCorrections(a, [{ op: "retype", name: "Paris", kind: "none" }]);
    assert.ok(!c.places.some((p) => p.name === "Paris"));
  });

  it("merges two entities: mentions and statements go to the one kept", () => {
    const b = applyCorrections(a, [{ op: "merge", from: "Marie Curie", into: "Pierre Dupont" }]);
    assert.deepEqual(names(b), ["Pierre Dupont"]);
    const p = b.people[0];
    assert.ok(p.mentions.some((m) => m.text === "Marie Curie") && p.mentions.every((m) => m.entity === p.id));
    assert.equal(b.quotes.filter((q) => q.speaker?.entity === p.id).length, 2);
  });

  it("skips corrections that no longer apply and reads only well-formed sidecar entries", () => {
    assert.deepEqual(applyCorrections(a, [{ op: "merge", from: "Nobody", into: "Pierre Dupont" }]), a);
    const parsed = parseCorrections(JSON.stringify({ version: 1, corrections: [{ op: "merge", from: "A", into: "B" }, { op: "retype", name: "X", kind: "alien" }, 3] }));
    assert.deepEqual(parsed, [{ op: "merge", from: "A", into: "B" }]);
    assert.deepEqual(parseCorrections("not json"), []);
  });
});
