// The command line's evaluation contract: jsonl in, one analysis a line out, offsets into the text; and its summary.
import * as assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { runJsonl } from "../../src/cli/jsonl";
import { summary } from "../../src/cli/summary";
import { analyze } from "../../src/engine";

async function run(lines: string[]): Promise<Record<string, unknown>[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c) => chunks.push(String(c)));
  const done = runJsonl(input, output);
  input.end(lines.join("\n") + "\n");
  await done;
  return chunks.join("").trim().split("\n").map((l) => JSON.parse(l));
}

describe("CLI jsonl contract", () => {
  it("writes one record a line, in order, with the contract's fields", async () => {
    const text = "« Tout va bien », a déclaré Jean Dupont à Paris.";
    const out = await run([JSON.stringify({ id: "a", text, lang: "fr" }), "", JSON.stringify({ id: 2, text: "Nothing here." })]);
    assert.equal(out.length, 2);
    assert.deepEqual(Object.keys(out[0]), ["id", "lang", "people", "orgs", "places", "references", "sources_names", "quotes"]);
    assert.deepEqual(out[0].references, []);
    assert.deepEqual(out[0].sources_names, ["Jean Dupont"]);
    assert.equal(out[0].id, "a");
    assert.equal(out[1].id, 2);
    const q = (out[0].quotes as { start: number; end: number; text: string; kind: string; speaker: string }[])[0];
    assert.deepEqual([text.slice(q.start, q.end), q.kind, q.speaker], ["« Tout va bien »", "direct", "Jean Dupont"]);
    const people = out[0].people as { start: number; end: number; text: string }[];
    assert.deepEqual(people.map((p) => text.slice(p.start, p.end)), ["Jean Dupont"]);
    assert.deepEqual((out[0].places as { text: string }[]).map((p) => p.text), ["Paris"]);
  });

  it("gives the descriptions bound to a person as references, apart from the name mentions", async () => {
    const text = "Le ministre de la Santé s'est dit prudent. « Rien n'est joué », a affirmé le ministre de la Santé, Paul Girard.";
    const [rec] = await run([JSON.stringify({ id: 1, text, lang: "fr" })]);
    assert.deepEqual((rec.references as { text: string; person: string }[]).map((r) => [r.text, r.person]),
      [["Le ministre de la Santé", "Paul Girard"], ["le ministre de la Santé", "Paul Girard"]]);
    for (const r of rec.references as { start: number; end: number; text: string }[]) assert.equal(text.slice(r.start, r.end), r.text);
    assert.deepEqual((rec.people as { text: string }[]).map((p) => p.text), ["Paul Girard"]);
  });

  it("gives a described source as the speaker, flagged as not named, and keeps it out of the named sources", async () => {
    const [rec] = await run([JSON.stringify({ id: 1, text: "“It was loud,” a witness said.", lang: "en" })]);
    const q = (rec.quotes as { speaker: string | null; speaker_named?: boolean; speaker_mention?: string }[])[0];
    assert.deepEqual([q.speaker, q.speaker_named, q.speaker_mention], ["a witness", false, "a witness"]);
    assert.deepEqual(rec.sources_names, []);
  });

  it("marks a named speaker as named and leaves an unbound quote without speaker", async () => {
    const text = "“It was loud,” Ann Smith said. Later came another line: “Nothing.”";
    const [rec] = await run([JSON.stringify({ id: 1, text, lang: "en" })]);
    const qs = rec.quotes as { text: string; speaker: string | null; speaker_named?: boolean }[];
    assert.deepEqual(qs.map((q) => [q.text, q.speaker, q.speaker_named]).slice(0, 1), [["“It was loud,”", "Ann Smith", true]]);
  });

  it("rejects a line that is not JSON, naming the line", async () => {
    await assert.rejects(run(["{\"id\":1,\"text\":\"ok\"}", "{oops"]), /line 2: bad JSON/);
  });
});

describe("CLI summary", () => {
  it("lists people with roles and statements by speaker", () => {
    const a = analyze("Le ministre de la Santé, Jean Dupont, a déclaré que tout allait bien.", { lang: "fr" });
    const s = summary("x.txt", a);
    assert.match(s, /Jean Dupont \(ministre de la Santé\) ×1/);
    assert.match(s, /Jean Dupont:\n {4}\[indirect\] tout allait bien/);
  });

  it("marks a described source as unnamed and leaves a pronoun with no antecedent unattributed", () => {
    const a = analyze("A Pentagon spokesman said the drill was planned. “It was loud,” they said.", { lang: "en" });
    const s = summary("x.txt", a);
    assert.match(s, /A Pentagon spokesman \(unnamed source\):\n {4}\[indirect\] the drill was planned/);
    assert.match(s, /\(unattributed\):\n {4}\[direct\] “It was loud,”/);
  });
});
