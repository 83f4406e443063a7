// quotes/attribute.ts attributeAfter and attributeBefore, on the quote document: which cue an incise or a lead-in
// gives the first marked quote of a text, and which speaker phrase. A row expects
// [how, the cue as written, the speaker (name, else the description as written), the speaker's mention as written],
// or null when the reader finds no attribution there.
import { findMarkedQuotes } from "../../../src/engine/quotes/marks";
import { attributeAfter, attributeBefore, type Attribution } from "../../../src/engine/quotes/attribute";
import type { Doc } from "../../../src/engine/quotes/doc";
import type { Span } from "../../../src/engine/types";
import { docOf, readerTable, textOf } from "../helpers/doc";
import { en, fr, type Lang } from "../helpers/table";

type Found = [how: Attribution["how"], cue: string | null, speaker: string | null, mention: string | null] | null;

function attribution(lang: Lang, reader: (doc: Doc, q: Span) => Attribution | undefined) {
  return (text: string): Found => {
    const doc = docOf(text, lang);
    const [q] = findMarkedQuotes(text);
    const att = reader(doc, q);
    if (!att) return null;
    const sp = att.speaker;
    return [att.how, textOf(doc, att.cue), sp ? sp.name ?? sp.mentionText ?? null : null, textOf(doc, sp?.mention)];
  };
}
const after = (lang: Lang) => attribution(lang, attributeAfter);
const before = (lang: Lang) => attribution(lang, (doc, q) => attributeBefore(doc, q, null));

describe("attributeAfter: French incises", () => {
  readerTable<Found>([
    ["a role description after a passé composé, bound by an earlier apposition",
      "Le ministre chinois de la Défense, Wei Fenghe, était à Téhéran. « Nous sommes prêts », a réaffirmé le ministre chinois de la Défense.",
      ["after", "a réaffirmé", "Wei Fenghe", "le ministre chinois de la Défense"]],
    ["inverted auxiliary: a-t-il réitéré, the pronoun resolved to the person before",
      "Jean Dupont est arrivé. « Non », a-t-il réitéré.", ["after", "a-t-il réitéré", "Jean Dupont", "il"]],
    ["pronominal inverted: s'est-elle félicitée",
      "Marie Curie est arrivée. « Non », s'est-elle félicitée.", ["after", "s'est-elle félicitée", "Marie Curie", "elle"]],
    ["inverted verb: dit-il", "Jean Dupont est arrivé. « Non », dit-il.", ["after", "dit-il", "Jean Dupont", "il"]],
    ["passé composé then a name", "« Non », a déclaré Jean Dupont.", ["after", "a déclaré", "Jean Dupont", "Jean Dupont"]],
    ["présent then a name", "« Non », dit Jean Dupont.", ["after", "dit", "Jean Dupont", "Jean Dupont"]],
    ["a day between the verb and the name", "« Non », a déclaré mardi Jean Dupont.", ["after", "a déclaré", "Jean Dupont", "Jean Dupont"]],
    ["an addressee between the verb and the name", "« Non », a assuré à l'AFP Jean Dupont.", ["after", "a assuré", "Jean Dupont", "Jean Dupont"]],
    ["an indefinite description", "« Non », a déclaré un habitant du quartier.",
      ["after", "a déclaré", "un habitant du quartier", "un habitant du quartier"]],
    ["a described subject after a passé simple", "« Non », répondit la servante.", ["after", "répondit", "la servante", "la servante"]],
    ["selon: the language's own cue", "« Non », selon Jean Dupont.", ["after", "selon Jean Dupont", "Jean Dupont", "Jean Dupont"]],
    ["explique-t-on à: the place the inverted on stands for", "« Non », explique-t-on à Matignon.",
      ["after", "explique-t-on", "Matignon", "Matignon"]],
    ["must not: a new sentence with no verb of saying", "« Non. » Il pleut.", null],
    ["must not: a lead-in is no incise", "Jean Dupont a déclaré : « Non. »", null],
  ], after(fr));
});

describe("attributeAfter: English incises", () => {
  readerTable<Found>([
    ["inverted: said then a name", "“No,” said Mary Smith.", ["after", "said", "Mary Smith", "Mary Smith"]],
    ["name then said", "“No,” Mary Smith said.", ["after", "said", "Mary Smith", "Mary Smith"]],
    ["name then told", "“No,” Mary Smith told reporters.", ["after", "told", "Mary Smith", "Mary Smith"]],
    ["a pronoun resolved to the person before", "Mary Smith arrived. “No,” she said.", ["after", "said", "Mary Smith", "she"]],
    ["an apposition between the name and the verb", "“No,” Mary Smith, the health minister, said.", ["after", "said", "Mary Smith", "Mary Smith"]],
    ["an honorific before the name, an apposition after it", "“No,” said Dr. Karen Wang, the province's chief medical officer.",
      ["after", "said", "Karen Wang", "Karen Wang"]],
    ["an indefinite description after the verb", "“No,” said a witness.", ["after", "said", "a witness", "a witness"]],
    ["an indefinite description no role noun heads, before the verb", "“No,” another Ontario Republican said.",
      ["after", "said", "another Ontario Republican", "another Ontario Republican"]],
    ["a definite organisation noun", "“No,” the ministry said.", ["after", "said", "the ministry", "the ministry"]],
    ["must not: a new sentence whose verb reports a clause of its own", "“We will hold.” Cruz says he is not familiar with it.", null],
    ["must not: the verb of a relative clause", "“No,” Jane Porter, who said nothing, left.", null],
    ["must not: a new sentence with no verb of saying", "“No.” It rained.", null],
    ["must not: a participle right after the mark does not invert", "Tom Reed gave a defense of “Ohio values,” saying the city was strong.", null],
    ["must not: a participle after the mark and its comma", "He called it “a mess”, saying the board had failed.", null],
  ], after(en));
});

describe("attributeBefore: lead-ins", () => {
  readerTable<Found>([
    ["French: name, passé composé, colon", "Jean Dupont a déclaré : « Non. »", ["before", "déclaré", "Jean Dupont", "Jean Dupont"]],
    ["French: name, passé composé, colon (another verb)", "Marie Curie a répondu : « Non. »", ["before", "répondu", "Marie Curie", "Marie Curie"]],
    ["French: a quote inside a que clause", "Jean Dupont a déclaré que « rien n'a changé ».", ["before", "déclaré", "Jean Dupont", "Jean Dupont"]],
    ["French: Et de poursuivre continues the previous speaker (none given here)", "Jean Dupont a parlé. Et de poursuivre : « Non. »",
      ["continuation", "Et de poursuivre", null, null]],
    ["French must not: an incise is no lead-in", "« Non », a déclaré Jean Dupont.", null],
    ["French must not: a sentence with no verb of saying before the quote", "Il pleut. « Non. »", null],
  ], before(fr));
  readerTable<Found>([
    ["English: name, said, colon", "Mary Smith said: “No.”", ["before", "said", "Mary Smith", "Mary Smith"]],
    ["English: a pronoun resolved to the person before", "Mary Smith arrived. She said, “No.”", ["before", "said", "Mary Smith", "She"]],
    ["English must not: an incise is no lead-in", "“No,” said Mary Smith.", null],
  ], before(en));
});
