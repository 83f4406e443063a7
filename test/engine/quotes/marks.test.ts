// Quote marks of every convention, marks that are no quotes (elisions, titles, scare quotes), incises
// inside one quote and quotes over several paragraphs.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, named, direct, NB, NNB, fr, en } from "../helpers/table";

describe("direct quotes: every mark convention", () => {
  statements(fr, [
    [`Le ministre Jean Dupont a déclaré : «${NB}Nous tiendrons.${NB}»`, [[`«${NB}Nous tiendrons.${NB}»`, "Jean Dupont"]]],
    [`«${NNB}Nous tiendrons${NNB}», a assuré Marie Curie.`, [[`«${NNB}Nous tiendrons${NNB}»`, "Marie Curie"]]],
    [`«Sans espace», a dit Jean Dupont.`, [["«Sans espace»", "Jean Dupont"]]],
  ], { speaker: named });
  statements(en, [
    ["“We will hold,” said Mary Smith.", [["“We will hold,”", "Mary Smith"]]],
    ["\"We will hold,\" Mary Smith told Reuters.", [["\"We will hold,\"", "Mary Smith"]]],
    ["‘We will hold,’ said Mary Smith.", [["‘We will hold,’", "Mary Smith"]]],
    ["„We will hold“, said John Brown.", [["„We will hold“", "John Brown"]]],
    ["Mary Smith said: “We will hold the line.”", [["“We will hold the line.”", "Mary Smith"]]],
    ["According to Mary Smith, “the line will hold.”", [["“the line will hold.”", "Mary Smith"]]],
    ["''We will hold,'' Mary Smith said.", [["''We will hold,''", "Mary Smith"]]],
    // Issue 11, English: a straight opening mark closed by a curly one (copy mixing keyboards).
    ["\"We will hold the line,” Mary Smith said on Monday.", [["\"We will hold the line,”", "Mary Smith"]]],
    // Not a closer: a curly mark inside a straight quote closes the inner curly quote it opened.
    ["\"She called it “a farce” and left,\" Mary Smith said.", [["\"She called it “a farce” and left,\"", "Mary Smith"]]],
  ], { speaker: named });
});

describe("false positives", () => {
  statements(fr, [
    // elisions are not quotes
    ["L’Iran et l’Irak n’ont pas d’accord, dit-on.", []],
    // a term in guillemets after a speaker is not his statement
    ["Jean Dupont a parlé mardi. Les supporters organisent des « blackouts » avant les matchs.", []],
    // a programme's title next to a speaker is not her statement
    ["Marie Curie a accordé un entretien à l'émission « Quotidien » mardi.", []],
  ]);
  statements(en, [
    // apostrophes are not quotes
    ["They don’t know what rock ’n’ roll is, and it’s fine.", []],
    // a scare quote with no cue is not a statement
    ["The so-called “miracle” cure was sold online.", []],
    // a title is not a statement
    ["The film “Gone with the Wind” was shown.", []],
    // a show title near a speaker is not her statement
    ["Mary Smith spoke to reporters. She appeared on the “Morning Show” on Tuesday.", []],
    // a scare quote after a speaker's quote does not float on as hers
    ["Mary Smith spoke at length. Schools often hold “blackouts” before big games.", []],
  ]);
  // A stray opening mark does not swallow the rest of the article.
  statements(fr, [
    ["Il a dit « bonjour.\n\nLe lendemain, Jean Dupont a déclaré : « Tout va bien. »\n\nFin.", [["« Tout va bien. »", "Jean Dupont"]]],
  ], { only: direct });
});

describe("incises and multi-paragraph quotes", () => {
  it("« A », a-t-il dit, « B » is one statement with two fragments", () => {
    const text = "Jean Dupont est arrivé. « Nous sommes prêts, a-t-il dit, à tout entendre. »";
    const a = analyze("Jean Dupont est arrivé. « Nous sommes prêts », a-t-il dit, « à tout entendre. »", { lang: "fr" });
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].fragments?.length, 2);
    assert.equal(a.quotes[0].speaker?.name, "Jean Dupont");
    assert.equal(analyze(text, { lang: "fr" }).quotes[0].speaker?.name, "Jean Dupont");
  });
  statements(en, [
    // “A,” he said. “B.” are two statements by the same speaker.
    ["Mary Smith arrived. “We are ready,” she said. “Nothing will stop us.”", [["“We are ready,”", "Mary Smith"], ["“Nothing will stop us.”", "Mary Smith"]]],
    // English multi-paragraph quote: only the last paragraph closes.
    ["Mary Smith said: “First part.\n\n“Second part.”\n\nThe end.", [["“First part.\n\n“Second part.”", "Mary Smith"]]],
  ], { speaker: named });
  statements(fr, [
    // French multi-paragraph quote with « repeated at paragraph start.
    ["Jean Dupont a déclaré : « Premier point.\n« Second point. »\nFin.", [["« Premier point.\n« Second point. »", "Jean Dupont"]]],
    // Dialogue lines opened by a dash, cut before the incise.
    ["Il entra.\n– En prison… moi ? s’écria Morel.\n– Oui, à Clichy.\nFin.", [["– En prison… moi ?", "Morel"], ["– Oui, à Clichy.", "Morel"]]],
  ], { speaker: named });
});

// Issue 11, English 4: copy mixing keyboards closes a curly opening mark on a straight one.
table("a curly opening mark closes on a straight one, and a straight one inside it opens an inner quote", en, [
  ["“The bridge is unsafe,\" Mary Smith said.", [["“The bridge is unsafe,\"", "Mary Smith", "direct"]]],
  ["\"The bridge is unsafe,” Mary Smith said.", [["\"The bridge is unsafe,”", "Mary Smith", "direct"]]],
  ["“The sign read \"Closed\" all day,” Mary Smith said.", [["“The sign read \"Closed\" all day,”", "Mary Smith", "direct"]]],
  ["“The bridge is unsafe,” Mary Smith said. “We will close it,\" she added.",
    [["“The bridge is unsafe,”", "Mary Smith", "direct"], ["“We will close it,\"", "Mary Smith", "direct"]]],
]);
