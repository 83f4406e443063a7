// Acronyms bound to their expansion, in either order: one organisation with two names.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { entities, fr, en, type EntityRow } from "../helpers/table";

const expansions: EntityRow[] = [
  { why: "the acronym first, its expansion in brackets (French capitalises one word)",
    text: "C'est la première fois que l'UCF (Union cycliste de France) organise la course.",
    orgs: ["UCF", "Union cycliste de France"], not: { orgs: ["Union"], people: ["Union"] } },
  { why: "the expansion first, the acronym in brackets",
    text: "La Fédération nationale des éleveurs (FNE) a protesté. La FNE demande une aide.",
    orgs: ["FNE", "Fédération nationale des éleveurs"] },
  { why: "must not match: brackets whose initials do not spell the acronym",
    text: "La SNCF (voir encadré) a répondu. Le PDG (Marc Tessier) a parlé.",
    not: { orgs: ["voir encadré", "Marc Tessier"] } },
];
const expansionsEn: EntityRow[] = [
  { why: "English: the acronym then its expansion",
    text: "The NWU (National Weavers Union) said on Monday it would strike.",
    orgs: ["NWU", "National Weavers Union"], not: { people: ["National Weavers Union"] } },
];

describe("entities: acronyms and their expansions", () => { entities(fr, expansions); entities(en, expansionsEn); });

describe("organisations: an acronym and its expansion are one organisation", () => {
  it("either order gives one entity named by the expansion", () => {
    const a = analyze("L'ALN (Alliance libre du Nord) a voté. Selon l'ALN, le vote est valide.", { lang: "fr" });
    assert.deepEqual(a.orgs.map((o) => [o.name, o.mentions.map((m) => m.text)]), [["Alliance libre du Nord", ["ALN", "Alliance libre du Nord", "ALN"]]]);
  });
});

describe("organisations: an expansion that opens a line still names its acronym", () => {
  it("a paragraph opening on the expansion binds the acronym's later uses", () => {
    const a = analyze("Story continues below.\n\nWest Grain Board (WGB), the national agency, sells insurance. WGB has grown.", { lang: "en" });
    assert.deepEqual(a.orgs.map((o) => o.name), ["West Grain Board"]);
  });
  it("must not bind: a line break inside the expansion", () => {
    const a = analyze("The grain sells well in the West\nGrain Board (WGB) reports. WGB has grown.", { lang: "en" });
    assert.ok(!a.orgs.some((o) => o.name.startsWith("West")));
  });
});
