// Two full names with the same given name and surname but other middle initials are two people (a father and a son:
// "George H.W. Bush", "George W. Bush"), though the words of one are all among the other's (entities/cluster.ts
// otherInitials); a name without initials, or with its given name as an initial only, still joins.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import type { Lang } from "../../../src/engine/types";

/** Each person's canonical name with the texts of its mentions. */
const people = (text: string, lang: Lang = "en") => analyze(text, { lang }).people.map((p) => [p.name, p.mentions.map((m) => m.text)]);
const speakers = (text: string, lang: Lang = "en") => analyze(text, { lang }).quotes.map((q) => q.speaker?.name ?? null);

describe("entities: middle initials tell two people apart", () => {
  it("the son named after the father is another person; the surname alone goes to the one named last", () => {
    const text = "Former President Harold T.R. Linden praised the plan. Harold R. Linden said it was a mistake. Linden added that he would vote.";
    assert.deepEqual(people(text), [["Harold T.R. Linden", ["Harold T.R. Linden"]], ["Harold R. Linden", ["Harold R. Linden", "Linden"]]]);
    assert.deepEqual(speakers(text), ["Harold R. Linden", "Harold R. Linden"]);
  });
  it("initials with spaces, and the fuller name second", () => {
    assert.deepEqual(people("Harold R. Linden met reporters. Later, Harold T. R. Linden said the plan was sound.").map((p) => p[0]),
      ["Harold R. Linden", "Harold T. R. Linden"]);
  });
  it("in French too", () => {
    assert.deepEqual(people("Jean-Paul M. Roussel a reçu Jean-Paul A. M. Roussel à Lyon.", "fr").map((p) => p[0]),
      ["Jean-Paul M. Roussel", "Jean-Paul A. M. Roussel"]);
  });
  it("must not split: the same initials, or a name written without them", () => {
    assert.deepEqual(people("Harold R. Linden spoke. Harold Linden left. Harold R. Linden came back."),
      [["Harold R. Linden", ["Harold R. Linden", "Harold Linden", "Harold R. Linden"]]]);
  });
});
