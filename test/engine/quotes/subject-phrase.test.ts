// quotes/subject-phrase.ts subjectPhraseAt: where a subject noun phrase starting at a token lies, before anyone
// resolves it. A row starts the reader at a word (or [word, nth]) and expects [kind, the phrase as written from
// there to its end, what it is: the mention's entity name | the pronoun's gender | the role noun], or null.
import { subjectPhraseAt } from "../../../src/engine/quotes/subject-phrase";
import { docOf, readerTable, tokenAtWord, tokensText, type At, type ReaderRow } from "../helpers/doc";
import { en, fr, type Lang } from "../helpers/table";

type Phrase = [kind: "mention" | "pronoun" | "role", phrase: string, what: string] | null;

const phraseAt = (lang: Lang) => ([text, at]: [string, At]): Phrase => {
  const doc = docOf(text, lang);
  const k = tokenAtWord(doc, at);
  const p = subjectPhraseAt(doc, k);
  if (!p) return null;
  const what = p.kind === "mention" ? doc.ents.mentions[p.mention].entity.name : p.kind === "pronoun" ? p.gender : doc.toks[p.role].t;
  return [p.kind, tokensText(doc, k, p.end), what];
};

/** Rows as [rule, [text, at], expected]. */
const phrases = (lang: Lang, rows: ReaderRow<Phrase, [string, At]>[]) => readerTable(rows, phraseAt(lang));

describe("subjectPhraseAt: French", () => {
  phrases(fr, [
    ["role: determiner, noun, adjective and complement", ["« Non », a réaffirmé le ministre chinois de la Défense.", "le"],
      ["role", "le ministre chinois de la Défense", "ministre"]],
    ["role: feminine, complement with an elided article", ["« Non », a déclaré la ministre de l'Intérieur.", "la"],
      ["role", "la ministre de l'Intérieur", "ministre"]],
    ["role: a rank before the noun stays in the phrase", ["« Non », a dit le Premier ministre.", "le"], ["role", "le Premier ministre", "ministre"]],
    ["role: a hyphenated noun with its complement", ["« Non », a déclaré la porte-parole du ministère.", "la"],
      ["role", "la porte-parole du ministère", "porte-parole"]],
    ["role: an organisation after de completes the description", ["« Non », a déclaré le porte-parole de la CGT.", "le"],
      ["role", "le porte-parole de la CGT", "porte-parole"]],
    ["description: an indefinite speaker noun", ["« Non », a déclaré un habitant du quartier.", "un"], ["role", "un habitant du quartier", "habitant"]],
    ["role: a relative pronoun ends the description", ["« Non », a déclaré le ministre qui a démissionné.", "le"], ["role", "le ministre", "ministre"]],
    ["role: an addressee after au ends the description", ["« Non », a dit le diplomate au jeune homme.", "le"], ["role", "le diplomate", "diplomate"]],
    ["name: a second mention of a person", ["Le ministre chinois de la Défense, Wei Fenghe, était à Téhéran. « Non », a dit Wei Fenghe.",
      ["Wei", 2]], ["mention", "Wei Fenghe", "Wei Fenghe"]],
    ["name: an honorific then the surname", ["Wei Fenghe est arrivé. « Non », a dit M. Wei.", "M"], ["mention", "M. Wei", "Wei Fenghe"]],
    ["name: the affiliation de l'ORG belongs to the phrase", ["« Non », a déclaré Ana Díaz de l'INSEE.", "Ana"], ["mention", "Ana Díaz de l'INSEE", "Ana Díaz"]],
    ["name: the party before a person's name gives the person", ["« Non », a déclaré la députée LFI Mathilde Panot.", "la"],
      ["mention", "la députée LFI Mathilde Panot", "Mathilde Panot"]],
    ["name: an organisation a few words after the determiner", ["« Non », a déclaré l'agence iranienne Mehr.", "l'"],
      ["mention", "l'agence iranienne Mehr", "Mehr"]],
    ["pronoun: il is masculine", ["« Non », a-t-il dit, puis il est parti.", "il"], ["pronoun", "il", "m"]],
    ["pronoun: elle is feminine", ["« Non », a dit elle.", "elle"], ["pronoun", "elle", "f"]],
    ["pronoun: ils is plural", ["« Non », ont dit ils.", "ils"], ["pronoun", "ils", "pl"]],
    ["must not: a determiner and a noun that is no speaker", ["La maison est grande.", "La"], null],
    ["must not: a place after a preposition", ["Il pleut sur la ville.", "la"], null],
    ["must not: a date", ["Le 12 mai, tout a changé.", "Le"], null],
    ["must not: an adverb before the subject", ["« Non », a dit hier le ministre.", "hier"], null],
  ]);
});

describe("subjectPhraseAt: English", () => {
  phrases(en, [
    ["role: a prepositional complement after the head", ["“No,” said the spokesman for the ministry.", "the"],
      ["role", "the spokesman for the ministry", "spokesman"]],
    ["role: a name that modifies the role noun", ["“No,” said a Pentagon spokesman.", "a"], ["role", "a Pentagon spokesman", "spokesman"]],
    ["role: a compound head", ["“No,” said the campaign spokesman.", "the"], ["role", "the campaign spokesman", "spokesman"]],
    ["role: a name and a noun modifier before the head", ["“No,” said the White House press secretary.", "the"],
      ["role", "the White House press secretary", "secretary"]],
    ["role: the minister", ["“No,” said the minister.", "the"], ["role", "the minister", "minister"]],
    ["description: stops before where the speaker lives", ["“No,” said a resident of Texas.", "a"], ["role", "a resident", "resident"]],
    ["description: a relative pronoun ends it", ["“No,” said an aide who spoke on condition of anonymity.", "an"], ["role", "an aide", "aide"]],
    ["name: the affiliation of ORG belongs to the phrase", ["“No,” said Jingyi Pan of IG.", "Jingyi"], ["mention", "Jingyi Pan of IG", "Jingyi Pan"]],
    ["name: honorific with a period, then the surname", ["Sarah Okafor arrived. “No,” said Ms. Okafor.", "Ms"], ["mention", "Ms. Okafor", "Sarah Okafor"]],
    ["pronoun: he is masculine", ["“No,” he said.", "he"], ["pronoun", "he", "m"]],
    ["pronoun: she is feminine", ["“No,” she said.", "she"], ["pronoun", "she", "f"]],
    ["pronoun: they is plural", ["“No,” they said.", "they"], ["pronoun", "they", "pl"]],
    ["must not: a determiner and a noun that is no speaker", ["The house is big.", "The"], null],
  ]);
});
