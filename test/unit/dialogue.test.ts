// Table-driven tests of speaker attribution in fiction dialogue (dash lines and guillemet turns),
// with rows that must NOT change. Invented sentences only.
import * as assert from "node:assert/strict";
import { analyze, type Entity, type Lang } from "../../src/engine";
import { lexiconFor } from "../../src/engine/lexicon";
import { rulesFor } from "../../src/engine/lang";
import { makeDoc } from "../../src/engine/quotes/doc";
import { plausible } from "../../src/engine/quotes/turns-scene";
import { tokenize } from "../../src/engine/text/tokenize";

type Row = [text: string, lang: Lang, expected: [quoteStart: string, speaker: string | null][]];

/** The speaker shown for each quote: the name, else the description as written (as the jsonl emits it). */
function speakers(text: string, lang: Lang): [string, string | null][] {
  return analyze(text, { lang }).quotes.map((q) => {
    const s = q.speaker;
    const shown = s ? s.name ?? (s.pronoun ? null : s.mentionText ?? null) : null;
    return [q.text.slice(0, 10), shown];
  });
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [text, lang, expected] of rows) it(text.slice(0, 80), () => assert.deepEqual(speakers(text, lang), expected));
  });
}

// A surname cut to its initial ("Pauline D…") does not make the character's name.
table("names with a cut surname", [
  ["Elle demanda si mademoiselle Odile R … vivait encore.\n\n— Bonjour, dit Odile.\n\n— Bonsoir, répondit Marcel.\n", "fr",
    [["— Bonjour,", "Odile"], ["— Bonsoir,", "Marcel"]]],
  // (The narrator's "asked whether …" is a reported question: quotes/asked.ts.)
  ["He asked whether Miss Ada K … was still alive.\n\n“Hello,” said Ada.\n", "en", [["whether Mi", null], ["“Hello,”", "Ada"]]],
  // False positive: a full surname is still the fuller name.
  ["Elle demanda si Odile Renaud vivait encore.\n\n— Bonjour, dit Odile.\n\n— Bonsoir, répondit Marcel.\n", "fr",
    [["— Bonjour,", "Odile Renaud"], ["— Bonsoir,", "Marcel"]]],
]);

// Three turns with incises in the simple past: what makes a text read as fiction (news is left alone).
const SCENE = "— Oui, répondit Marcel.\n\n— Non, reprit Odile.\n\n— Si, demanda Marcel.\n\n";
const scene = (rows: Row[]): Row[] => rows.map(([t, l, e]) => [SCENE + t, l, [["— Oui,", "Marcel"], ["— Non,", "Odile"], ["— Si,", "Marcel"], ...e]]);

table("incises as novels write them", scene([
  ["— Je pars demain, ajouta tristement la voyageuse.\n", "fr", [["— Je pars ", "la voyageuse"]]],
  ["— Il pleut, se disait la voyageuse, il pleut encore.\n", "fr", [["— Il pleut", "la voyageuse"]]],
  ["« Mon ami, vous êtes pâle, me dit Julien ; reposez-vous. »\n", "fr", [["« Mon ami,", "Julien"]]],
  ["— C'est bien, dit avec chaleur la bonne Odile.\n", "fr", [["— C'est bi", "Odile"]]],
  ["— Deux chevaux ? dit la servante étonnée.\n", "fr", [["— Deux che", "la servante"]]],
  ["— Vous voulez que je signe ! reprenait le notaire prudent.\n", "fr", [["— Vous vou", "le notaire prudent"]]],
  ["— Toujours, répondit l'actrice avec calme.\n", "fr", [["— Toujours", "l'actrice"]]],
  ["— Ôtez cela, ordonna le baron.\n", "fr", [["— Ôtez cel", "le baron"]]],
  // A nickname written as a name after its article.
  ["— Prenez garde ! s'écria la Rousse en reculant.\n", "fr", [["— Prenez g", "la Rousse"]]],
  ["— Me voit-il ? demanda Marcel à Odile.\n\n— Non, répondit celle-ci.\n", "fr", [["— Me voit-", "Marcel"], ["— Non,", "Odile"]]],
  // False positives: an infinitive after a comma goes on with the speech; it is no incise verb.
  ["— Je vais lui porter des fleurs, mettre un peu de joie dans sa vie, dit Odile.\n", "fr", [["— Je vais ", "Odile"]]],
  ["— J'aime mieux, franchement, demander ce service à un ami, répondit Marcel.\n", "fr", [["— J'aime m", "Marcel"]]],
]));

table("pronoun incises bound to the characters of the scene", scene([
  // A name met once in a comparison is not a character; a name the quote addresses is not its speaker.
  ["Odile regardait la mer, pâle comme Hélène autrefois.\n\n— Viens, dit-elle.\n", "fr", [["— Viens,", "Odile"]]],
  ["Sophie entra. Odile se leva.\n\n— Ah ! c'est toi, Sophie, dit-elle.\n", "fr", [["— Ah ! c'e", "Odile"]]],
]));

table("the narration before a colon, and turn-taking", scene([
  ["Odile, à cette vue, entra en fureur :\n\n— Va-t'en !\n", "fr", [["— Va-t'en ", "Odile"]]],
  ["— Tu viens ? demanda Julien à Sophie.\n\n— Non.\n\n— Pourquoi ?\n\n— Parce que.\n", "fr",
    [["— Tu viens", "Julien"], ["— Non.", "Sophie"], ["— Pourquoi", "Julien"], ["— Parce qu", "Sophie"]]],
]));

// False positives: news keeps its own attribution; narration between two lines breaks the exchange;
// an incise-like word inside speech with no subject after it is not an incise.
table("left alone", [
  ["« Nous tiendrons », a déclaré Jean Dupont. « Rien ne change », a-t-il ajouté.", "fr",
    [["« Nous tie", "Jean Dupont"], ["« Rien ne ", "Jean Dupont"]]],
  ["“No,” replied the maid.\n\n“Yes,” said Tom Brown.\n", "en", [["“No,”", "the maid"], ["“Yes,”", "Tom Brown"]]],
  ...scene([["— Tu viens ? demanda Julien à Sophie.\n\nLe soir tomba sur la ville, et personne ne parla plus.\n\n— Il pleut.\n", "fr",
    [["— Tu viens", "Julien"], ["— Il pleut", null]]]]),
]);

table("the narration's subject opens the quote", scene([
  // A description that opens the clause before the colon; the name after "à" is spoken to.
  ["Odile se tut. Alors la vieille femme, repoussant la main de Marcel, dit de sa voix sèche :\n\n— Sortez d'ici.\n", "fr",
    [["— Sortez d", "la vieille femme"]]],
  ["Odile regarda Marcel, et dit à Marcel :\n\n— Partons.\n", "fr", [["— Partons.", "Odile"]]],
  // A sentence opened by a name, then a quote with no cue in the same paragraph.
  ["Odile me regardait d'un air content. « Voilà qui est fait ; en route ! »\n", "fr", [["« Voilà qu", "Odile"]]],
  // False positive: another person named in that sentence leaves the quote unattributed.
  ["Odile regardait Marcel d'un air content. « Voilà qui est fait ; en route ! »\n", "fr", [["« Voilà qu", null]]],
]));

table("pronouns prefer the subjects of the narration", scene([
  // The name that opens the sentence right before the quote, over the object named after it.
  ["Le soir tomba. Sophie Lenoir regarda Claire.\n\n— Soit, lui dit-elle.\n", "fr", [["— Soit, lu", "Sophie Lenoir"]]],
  ["Odile fut frappée de la beauté de Sophie, comme Sophie l'avait été de la sienne.\n\n— Tu es belle, dit-elle.\n", "fr",
    [["— Tu es be", "Odile"]]],
  ["Sophie se tut. Odile, se remettant aussitôt, lui sourit.\n\n— Je m'attendais à cela, dit-elle à Sophie.\n", "fr",
    [["— Je m'att", "Odile"]]],
]));

table("turn-taking stays within one exchange", scene([
  // The previous line's speaker does not go on: with one known speaker, the answer is left open.
  ["Le soir tomba.\n\n— Tu viens ? demanda Julien.\n\n— Non.\n", "fr", [["— Tu viens", "Julien"], ["— Non.", null]]],
  ["Le soir tomba.\n\n— Tu viens ? demanda Julien.\n\n— Non, répondit Sophie.\n\n— Pourquoi ?\n", "fr",
    [["— Tu viens", "Julien"], ["— Non,", "Sophie"], ["— Pourquoi", "Julien"]]],
]));

table("colon subjects: honorifics and demonstratives", scene([
  // The name after "à Mme" is spoken to; "celui-ci" before the colon is not resolved to the last name.
  ["Le soir tomba. Marcel entra, et dit à Mme Sophie Lenoir :\n\n— Asseyez-vous.\n", "fr", [["— Asseyez-", "Marcel"]]],
  ["Le soir tomba. Maître Julien rejoignit son patron, et celui-ci lui dit à l'oreille :\n\n— Est-ce fait ?\n", "fr",
    [["— Est-ce f", null]]],
]));

// "Mme X" and "M. X" are two people: the wife's pronoun incises are hers.
table("a title read inside the name keeps its gender", scene([
  ["Le soir tomba. Mme de Valcourt entra.\n\n— Qui est là ? s'écria Mme de Valcourt.\n\n— C'est moi, reprit M. de Valcourt ; entrez.\n\n— Ah ! fit-elle.\n", "fr",
    [["— Qui est ", "Mme de Valcourt"], ["— C'est mo", "de Valcourt"], ["— Ah !", "Mme de Valcourt"]]],
]));
table("a title read inside the name keeps its gender (English)", [
  ["Mrs Smith came in. Mr Smith left.\n\n“Who is there?” she asked.\n", "en", [["“Who is th", "Smith"]]],
]);

// The narrator speaks in "m'écriai-je": no name is given (null), and the line is not the previous speaker's.
table("first-person incises", scene([
  ["— Demain ! m'écriai-je.\n\n— Soit, répondis-je.\n", "fr", [["— Demain !", null], ["— Soit, ré", null]]],
]));

// News that writes "poursuit-il", "écrit le journal" in the present is not read as fiction: no turn-taking.
table("French news in the present is not fiction", [
  ["— Nous tiendrons, poursuit-il.\n\n— Rien ne change, poursuit-il.\n\n— C'est fini, écrit Jean Dupont.\n\n— Le budget suit.\n", "fr",
    [["— Nous tie", null], ["— Rien ne ", null], ["— C'est fi", "Jean Dupont"], ["— Le budge", "Jean Dupont"]]],
]);

table("a character named once as the subject stays the scene's subject", scene([
  ["Le soir tomba. Claire s'éveilla. Sophie dormait encore. La servante lissait les cheveux de Claire, et elle marchait en s'écriant :\n\n— Ce n'est pas cela !\n", "fr",
    [["— Ce n'est", "Claire"]]],
  // The person spoken to after a news-style cue ("et dit à X :") is not the pronoun's referent.
  ["Le soir tomba. Odile regardait Sophie. Elle se releva, et dit à Sophie :\n\n— Pourquoi ?\n", "fr", [["— Pourquoi", "Odile"]]],
]));

table("who the speech calls out is not the speaker; narration after the incise is not a call", scene([
  ["Le soir tomba. Sophie dormait. Claire entra. Sophie se leva, et Sophie sourit.\n\n— Ah ! c'est toi, Claire, dit-elle.\n", "fr", [["— Ah ! c'e", "Sophie"]]],
  ["Le soir tomba. Sophie entra.\n\n— Il pleut, murmura-t-elle. Au fond, Sophie était lasse.\n", "fr", [["— Il pleut", "Sophie"]]],
]));

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
table("the first-person narrator", [
  [FIRST_PERSON + "« Romuald, venez ici, » répondit Odile.\n\n« Romuald, mon ami, partez, » reprit Odile.\n\n« Adieu, Romuald ! » s'écria Odile.\n\n" +
    "— Demain ! m'écriai-je.\n\n— Soit, répondit Odile.\n", "fr",
  [["« Romuald,", "Odile"], ["« Romuald,", "Odile"], ["« Adieu, R", "Odile"], ["— Demain !", "Romuald"], ["— Soit,", "Odile"]]],
  // False positive: the same calls in a story told in the third person leave "je" unnamed.
  ["Il marchait.\n\n« Romuald, venez ici, » répondit Odile.\n\n« Romuald, mon ami, partez, » reprit Odile.\n\n« Adieu, Romuald ! » s'écria Odile.\n\n" +
    "— Demain ! m'écriai-je.\n\n— Soit, répondit Odile.\n", "fr",
  [["« Romuald,", "Odile"], ["« Romuald,", "Odile"], ["« Adieu, R", "Odile"], ["— Demain !", null], ["— Soit,", "Odile"]]],
]);
