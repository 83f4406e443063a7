// phrases/title.ts, the modifiers a title noun takes before it (Lexicon.titleModifiers), read directly on the quote
// document of invented sentences: titleModifiersStart (backward from the title noun) and nameModifiesTitle (forward
// from a name: is the name one of a title's modifiers?).
import { docOf, readerTable, tokenAtWord, tokensText, type At } from "../helpers/doc";
import { nameModifiesTitle, titleModifiersStart } from "../../../src/engine/phrases/title";
import type { Lang } from "../../../src/engine/types";

/** The modifiers and the title noun from where titleModifiersStart says they begin. */
const modifiers = ([lang, text, at]: [Lang, string, At]): string => {
  const doc = docOf(text, lang);
  const noun = tokenAtWord(doc, at);
  return tokensText(doc, titleModifiersStart(doc.toks, noun, doc.lex), noun + 1);
};

describe("titleModifiersStart: where a title's modifiers begin", () => {
  readerTable<string, [Lang, string, At]>([
    ["lower-case modifiers", ["en", "He met the federal health minister Sarah Okafor.", "minister"], "federal health minister"],
    ["a possessive opens the phrase, it is no modifier", ["en", "He met the province's transportation minister Al Reed.", "minister"],
      "transportation minister"],
    ["a listed modifier capitalised at a sentence start", ["en", "Former foreign minister Anne Reed spoke.", "minister"], "Former foreign minister"],
    ["at most three words", ["en", "He met the big old new local health minister Al Reed.", "minister"], "new local health minister"],
    ["must not: over a preposition", ["en", "He spoke of health minister Al Reed.", "minister"], "health minister"],
    ["must not: over a determiner", ["en", "He met the minister Al Reed.", "minister"], "minister"],
    ["must not: over a capitalised word inside the sentence", ["en", "He met Ontario health minister Al Reed.", "minister"], "health minister"],
    ["must not: over an unlisted capital at the sentence start", ["en", "Busy health minister Al Reed spoke.", "minister"], "health minister"],
    ["must not: French puts no modifier before a title", ["fr", "Il a vu le nouveau ministre Jean Dupont.", "ministre"], "ministre"],
  ], modifiers);
});

/** Whether the name ending at `at` modifies a title noun after it (the speaker nouns), in English unless the row says. */
const modifiesTitle = ([text, at, lang = "en"]: [string, At, Lang?]): boolean => {
  const doc = docOf(text, lang);
  return nameModifiesTitle(doc.toks, tokenAtWord(doc, at) + 1, doc.lex, doc.lex.speakerNouns);
};

describe("nameModifiesTitle: a name in a title's modifiers", () => {
  readerTable<boolean, [string, At, Lang?]>([
    ["a title noun right after the name", ["A Pentagon spokesman said so.", "Pentagon"], true],
    ["after a lower-case modifier", ["The White House press secretary said so.", "House"], true],
    ["must not: French puts no modifier before a title", ["Un Elysée porte-parole a parlé.", "Elysée", "fr"], false],
    ["must not: three modifiers are past the reach", ["A Pentagon big old local spokesman said so.", "Pentagon"], false],
    ["must not: a verb after the name", ["Ann Reed said the spokesman left.", "Reed"], false],
    ["must not: a preposition after the name", ["A Pentagon for the spokesman said so.", "Pentagon"], false],
    ["must not: a capitalised word after the name", ["A Pentagon Press spokesman said so.", "Pentagon"], false],
  ], modifiesTitle);
});
