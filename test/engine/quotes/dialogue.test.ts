// Speaker attribution in fiction dialogue (dash lines and guillemet turns), with rows that must NOT change.
// Invented sentences only.
import * as assert from "node:assert/strict";
import { lexiconFor } from "../../../src/engine/lexicon";
import { rulesFor } from "../../../src/engine/lang";
import { makeDoc } from "../../../src/engine/quotes/doc";
import { plausible } from "../../../src/engine/quotes/turns-scene";
import { tokenize } from "../../../src/engine/text/tokenize";
import { analyze, type Quote, type Entity } from "../../../src/engine";
import { statements, table, direct, fr, en, type Row } from "../helpers/table";

/** The speaker shown for each quote: the name, else the description as written, never a pronoun (the narrator's "je"). */
const shown = (q: Quote) => (q.speaker ? q.speaker.name ?? (q.speaker.pronoun ? null : q.speaker.mentionText ?? null) : null);

// A surname cut to its initial ("Pauline D…") does not make the character's name.
describe("names with a cut surname", () => {
  statements(fr, [
    ["Elle demanda si mademoiselle Odile R … vivait encore.\n\n— Bonjour, dit Odile.\n\n— Bonsoir, répondit Marcel.\n", [["— Bonjour,", "Odile"], ["— Bonsoir,", "Marcel"]]],
    // False positive: a full surname is still the fuller name.
    ["Elle demanda si Odile Renaud vivait encore.\n\n— Bonjour, dit Odile.\n\n— Bonsoir, répondit Marcel.\n", [["— Bonjour,", "Odile Renaud"], ["— Bonsoir,", "Marcel"]]],
  ], { speaker: shown });
  statements(en, [
    // (The narrator's "asked whether …" is a reported question: quotes/asked.ts.)
    ["He asked whether Miss Ada K … was still alive.\n\n“Hello,” said Ada.\n", [["whether Miss Ada K … was still alive", null], ["“Hello,”", "Ada"]]],
  ], { speaker: shown });
});

// Three turns with incises in the simple past: what makes a text read as fiction (news is left alone).
const SCENE = "— Oui, répondit Marcel.\n\n— Non, reprit Odile.\n\n— Si, demanda Marcel.\n\n";

const scene = (rows: Row[]): Row[] => rows.map(([t, e]) => [SCENE + t, [["— Oui,", "Marcel"], ["— Non,", "Odile"], ["— Si,", "Marcel"], ...e]]);

table("incises as novels write them", fr, scene([
  ["— Je pars demain, ajouta tristement la voyageuse.\n", [["— Je pars demain,", "la voyageuse"]]],
  ["— Il pleut, se disait la voyageuse, il pleut encore.\n", [["— Il pleut, se disait la voyageuse, il pleut encore.", "la voyageuse"]]],
  ["« Mon ami, vous êtes pâle, me dit Julien ; reposez-vous. »\n", [["« Mon ami, vous êtes pâle, me dit Julien ; reposez-vous. »", "Julien"]]],
  ["— C'est bien, dit avec chaleur la bonne Odile.\n", [["— C'est bien,", "Odile"]]],
  ["— Deux chevaux ? dit la servante étonnée.\n", [["— Deux chevaux ?", "la servante"]]],
  ["— Vous voulez que je signe ! reprenait le notaire prudent.\n", [["— Vous voulez que je signe !", "le notaire prudent"]]],
  ["— Toujours, répondit l'actrice avec calme.\n", [["— Toujours,", "l'actrice"]]],
  ["— Ôtez cela, ordonna le baron.\n", [["— Ôtez cela, ordonna le baron.", "le baron"]]],
  // A nickname written as a name after its article.
  ["— Prenez garde ! s'écria la Rousse en reculant.\n", [["— Prenez garde !", "la Rousse"]]],
  ["— Me voit-il ? demanda Marcel à Odile.\n\n— Non, répondit celle-ci.\n", [["— Me voit-il ?", "Marcel"], ["— Non,", "Odile"]]],
  // False positives: an infinitive after a comma goes on with the speech; it is no incise verb.
  ["— Je vais lui porter des fleurs, mettre un peu de joie dans sa vie, dit Odile.\n", [["— Je vais lui porter des fleurs, mettre un peu de joie dans sa vie,", "Odile"]]],
  ["— J'aime mieux, franchement, demander ce service à un ami, répondit Marcel.\n", [["— J'aime mieux, franchement, demander ce service à un ami,", "Marcel"]]],
]), { speaker: shown });

table("pronoun incises bound to the characters of the scene", fr, scene([
  // A name met once in a comparison is not a character; a name the quote addresses is not its speaker.
  ["Odile regardait la mer, pâle comme Hélène autrefois.\n\n— Viens, dit-elle.\n", [["— Viens,", "Odile"]]],
  ["Sophie entra. Odile se leva.\n\n— Ah ! c'est toi, Sophie, dit-elle.\n", [["— Ah ! c'est toi, Sophie,", "Odile"]]],
]), { speaker: shown });

table("the narration before a colon, and turn-taking", fr, scene([
  ["Odile, à cette vue, entra en fureur :\n\n— Va-t'en !\n", [["— Va-t'en !", "Odile"]]],
  ["— Tu viens ? demanda Julien à Sophie.\n\n— Non.\n\n— Pourquoi ?\n\n— Parce que.\n", [["— Tu viens ?", "Julien"], ["— Non.", "Sophie"], ["— Pourquoi ?", "Julien"], ["— Parce que.", "Sophie"]]],
]), { speaker: shown });

// False positives: news keeps its own attribution; narration between two lines breaks the exchange;
// an incise-like word inside speech with no subject after it is not an incise.
describe("left alone", () => {
  statements(fr, [
    ["« Nous tiendrons », a déclaré Jean Dupont. « Rien ne change », a-t-il ajouté.", [["« Nous tiendrons »", "Jean Dupont"], ["« Rien ne change »", "Jean Dupont"]]],
    ...scene([
      ["— Tu viens ? demanda Julien à Sophie.\n\nLe soir tomba sur la ville, et personne ne parla plus.\n\n— Il pleut.\n", [["— Tu viens ?", "Julien"], ["— Il pleut.", null]]],
    ]),
  ], { speaker: shown });
  statements(en, [
    ["“No,” replied the maid.\n\n“Yes,” said Tom Brown.\n", [["“No,”", "the maid"], ["“Yes,”", "Tom Brown"]]],
  ], { speaker: shown });
});

table("the narration's subject opens the quote", fr, scene([
  // A description that opens the clause before the colon; the name after "à" is spoken to.
  ["Odile se tut. Alors la vieille femme, repoussant la main de Marcel, dit de sa voix sèche :\n\n— Sortez d'ici.\n", [["— Sortez d'ici.", "la vieille femme"]]],
  ["Odile regarda Marcel, et dit à Marcel :\n\n— Partons.\n", [["— Partons.", "Odile"]]],
  // A sentence opened by a name, then a quote with no cue in the same paragraph.
  ["Odile me regardait d'un air content. « Voilà qui est fait ; en route ! »\n", [["« Voilà qui est fait ; en route ! »", "Odile"]]],
  // False positive: another person named in that sentence leaves the quote unattributed.
  ["Odile regardait Marcel d'un air content. « Voilà qui est fait ; en route ! »\n", [["« Voilà qui est fait ; en route ! »", null]]],
]), { speaker: shown });

table("pronouns prefer the subjects of the narration", fr, scene([
  // The name that opens the sentence right before the quote, over the object named after it.
  ["Le soir tomba. Sophie Lenoir regarda Claire.\n\n— Soit, lui dit-elle.\n", [["— Soit, lui dit-elle.", "Sophie Lenoir"]]],
  ["Odile fut frappée de la beauté de Sophie, comme Sophie l'avait été de la sienne.\n\n— Tu es belle, dit-elle.\n", [["— Tu es belle,", "Odile"]]],
  ["Sophie se tut. Odile, se remettant aussitôt, lui sourit.\n\n— Je m'attendais à cela, dit-elle à Sophie.\n", [["— Je m'attendais à cela,", "Odile"]]],
]), { speaker: shown });

table("turn-taking stays within one exchange", fr, scene([
  // The previous line's speaker does not go on: with one known speaker, the answer is left open.
  ["Le soir tomba.\n\n— Tu viens ? demanda Julien.\n\n— Non.\n", [["— Tu viens ?", "Julien"], ["— Non.", null]]],
  ["Le soir tomba.\n\n— Tu viens ? demanda Julien.\n\n— Non, répondit Sophie.\n\n— Pourquoi ?\n", [["— Tu viens ?", "Julien"], ["— Non,", "Sophie"], ["— Pourquoi ?", "Julien"]]],
]), { speaker: shown });

table("colon subjects: honorifics and demonstratives", fr, scene([
  // The name after "à Mme" is spoken to; "celui-ci" before the colon is not resolved to the last name.
  ["Le soir tomba. Marcel entra, et dit à Mme Sophie Lenoir :\n\n— Asseyez-vous.\n", [["— Asseyez-vous.", "Marcel"]]],
  ["Le soir tomba. Maître Julien rejoignit son patron, et celui-ci lui dit à l'oreille :\n\n— Est-ce fait ?\n", [["— Est-ce fait ?", null]]],
]), { speaker: shown });

// "Mme X" and "M. X" are two people: the wife's pronoun incises are hers.
table("a title read inside the name keeps its gender", fr, scene([
  ["Le soir tomba. Mme de Valcourt entra.\n\n— Qui est là ? s'écria Mme de Valcourt.\n\n— C'est moi, reprit M. de Valcourt ; entrez.\n\n— Ah ! fit-elle.\n", [["— Qui est là ?", "Mme de Valcourt"], ["— C'est moi, reprit M. de Valcourt ; entrez.", "de Valcourt"], ["— Ah !", "Mme de Valcourt"]]],
]), { speaker: shown });

table("a title read inside the name keeps its gender (English)", en, [
  ["Mrs Smith came in. Mr Smith left.\n\n“Who is there?” she asked.\n", [["“Who is there?”", "Smith"]]],
], { speaker: shown });

// The narrator speaks in "m'écriai-je": no name is given (null), and the line is not the previous speaker's.
table("first-person incises", fr, scene([
  ["— Demain ! m'écriai-je.\n\n— Soit, répondis-je.\n", [["— Demain ! m'écriai-je.", null], ["— Soit, répondis-je.", null]]],
]), { speaker: shown });

// News that writes "poursuit-il", "écrit le journal" in the present is not read as fiction: no turn-taking.
table("French news in the present is not fiction", fr, [
  ["— Nous tiendrons, poursuit-il.\n\n— Rien ne change, poursuit-il.\n\n— C'est fini, écrit Jean Dupont.\n\n— Le budget suit.\n", [["— Nous tiendrons,", null], ["— Rien ne change,", null], ["— C'est fini,", "Jean Dupont"], ["— Le budget suit.", "Jean Dupont"]]],
], { speaker: shown });

table("a character named once as the subject stays the scene's subject", fr, scene([
  ["Le soir tomba. Claire s'éveilla. Sophie dormait encore. La servante lissait les cheveux de Claire, et elle marchait en s'écriant :\n\n— Ce n'est pas cela !\n", [["— Ce n'est pas cela !", "Claire"]]],
  // The person spoken to after a news-style cue ("et dit à X :") is not the pronoun's referent.
  ["Le soir tomba. Odile regardait Sophie. Elle se releva, et dit à Sophie :\n\n— Pourquoi ?\n", [["— Pourquoi ?", "Odile"]]],
]), { speaker: shown });

table("who the speech calls out is not the speaker; narration after the incise is not a call", fr, scene([
  ["Le soir tomba. Sophie dormait. Claire entra. Sophie se leva, et Sophie sourit.\n\n— Ah ! c'est toi, Claire, dit-elle.\n", [["— Ah ! c'est toi, Claire,", "Sophie"]]],
  ["Le soir tomba. Sophie entra.\n\n— Il pleut, murmura-t-elle. Au fond, Sophie était lasse.\n", [["— Il pleut, murmura-t-elle. Au fond, Sophie était lasse.", "Sophie"]]],
]), { speaker: shown });

// A one-word "name" met only at sentence starts ("Quelle gaieté !") is no character a pronoun may stand for.
describe("a capitalised word is not a character", () => {
  const rows: [text: string, word: string, plausible: boolean][] = [
    ["Quelle gaieté ! Quelle folie !", "Quelle", false],
    ["Odile rit. Puis Odile se tut.", "Odile", true],
    ["Grisou rit. Grisou se tut.", "Grisou", false],
    ["Quelle soirée ! Elle parla à Quelle, son amie.", "Quelle", true],
  ];
  for (const [text, word, expected] of rows) {
    it(text, () => {
      const toks = tokenize(text);
      const entity: Entity = { id: "p0", kind: "person", name: word, mentions: [] };
      const mentions = toks.flatMap((t, a) => t.t === word ? [{ a, b: a + 1, s: t.s, e: t.e, text: word, kind: "person" as const, strong: true, entity }] : []);
      entity.mentions = mentions.map((m) => ({ start: m.s, end: m.e, text: word, entity: "p0" }));
      const ctx = makeDoc(text, toks, lexiconFor("fr"), { people: [entity], orgs: [], places: [], mentions }, rulesFor("fr"));
      assert.equal(plausible(ctx, entity, new Uint8Array(toks.length)), expected);
    });
  }
});

// A first-person story names its narrator through the others' speech: "je" incises are theirs.
const FIRST_PERSON = "Je marchais. Je pensais. Je rêvais. Je doutais. Je priais. Je lisais. Je dormais. Je veillais. Je sortis. " +
  "Je rentrai. Je vis. Je crus. Je sus. Je vins. Je tremblai. Je souris. Je pleurai. Je partis. Je revins. Je tombai.\n\n";

table("the first-person narrator", fr, [
  [FIRST_PERSON + "« Romuald, venez ici, » répondit Odile.\n\n« Romuald, mon ami, partez, » reprit Odile.\n\n« Adieu, Romuald ! » s'écria Odile.\n\n" +
    "— Demain ! m'écriai-je.\n\n— Soit, répondit Odile.\n", [["« Romuald, venez ici, »", "Odile"], ["« Romuald, mon ami, partez, »", "Odile"], ["« Adieu, Romuald ! »", "Odile"], ["— Demain ! m'écriai-je.", "Romuald"], ["— Soit,", "Odile"]]],
  // False positive: the same calls in a story told in the third person leave "je" unnamed.
  ["Il marchait.\n\n« Romuald, venez ici, » répondit Odile.\n\n« Romuald, mon ami, partez, » reprit Odile.\n\n« Adieu, Romuald ! » s'écria Odile.\n\n" +
    "— Demain ! m'écriai-je.\n\n— Soit, répondit Odile.\n", [["« Romuald, venez ici, »", "Odile"], ["« Romuald, mon ami, partez, »", "Odile"], ["« Adieu, Romuald ! »", "Odile"], ["— Demain ! m'écriai-je.", null], ["— Soit,", "Odile"]]],
], { speaker: shown });

describe("dialogue turns opened by a dash", () => {
  statements(fr, [
    ["Il entra.\n-- Tu viens ? demanda Paul.\n-- Non, je reste.\nFin.", [["-- Tu viens ?", "Paul"], ["-- Non, je reste.", "Paul"]]],
    ["Il entra.\n- Tu viens ?\n- Non.\nFin.", [["- Tu viens ?", null], ["- Non.", null]]],
    // Paragraphs run together: turns open after a sentence end.
    ["Il entra. – Tu viens ? demanda Paul. – Non ! répondit Marie. – Pourquoi ?", [["– Tu viens ?", "Paul"], ["– Non !", "Marie"], ["– Pourquoi ?", "Marie"]]],
    ["Il entra. -- Tu viens ? demanda Paul. -- Non ! répondit Marie. -- Pourquoi ?", [["-- Tu viens ?", "Paul"], ["-- Non !", "Marie"], ["-- Pourquoi ?", "Marie"]]],
    ["Elle dit : – Que voulez-vous ? – Rien, dit-il. – Alors partez !", [["– Que voulez-vous ?", "Elle"], ["– Rien,", null], ["– Alors partez !", null]]],
    // Speech goes on after the incise, whatever closes the incise.
    ["Il entra.\n– Oui, répondit la servante ; venez ici.\n– Non, dit-il. Pas ici.\nFin.", [["– Oui, répondit la servante ; venez ici.", "la servante"], ["– Non, dit-il. Pas ici.", null]]],
  ], { only: direct });
  it("the turn after an incise keeps two fragments", () => {
    const q = analyze("Il entra.\n– Oui, répondit la servante ; venez ici.\n– Non.\nFin.", { lang: "fr" }).quotes[0];
    assert.deepEqual(q.fragments?.map((f) => f.end - f.start), [6, 10]);
  });
  const notDialogue: [string, string][] = [
    ["Bourse du 2 mai. — Cinq pour cent, 105. — Trois pour cent, 72. — Ducats, 12.", "news items separated by dashes"],
    ["La séance fut longue. — Le conseil a voté le budget. — La commission a siégé jusqu'au soir.", "a dash between news paragraphs"],
    ["The vote was close. — The council met again. — The mayor left early.", "English dash separators"],
  ];
  for (const [text, why] of notDialogue) {
    it(`not dialogue: ${why}`, () => assert.deepEqual(analyze(text).quotes.filter((q) => q.kind === "direct").map((q) => q.text), []));
  }
});
