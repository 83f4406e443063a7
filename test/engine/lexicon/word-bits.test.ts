// The lexicon bits the quote finders read per token (quotes/word-bits.ts): one row per word, with
// the words that must carry no bit (the finders skip those tokens).
import * as assert from "node:assert/strict";
import { lexiconFor } from "../../../src/engine/lexicon";
import { wordBits, COMPLEMENTIZER, FRENCH_CUE, REPORT_NOUN, SOURCE_PREP, VERBISH } from "../../../src/engine/quotes/word-bits";
import { tokenize } from "../../../src/engine/text/tokenize";
import { type Lang } from "../helpers/table";

type Row = [text: string, lang: Lang, expected: number[]];

const rows: Row[] = [
  ["He said that", "en", [0, VERBISH, COMPLEMENTIZER]],
  ["according to his statement", "en", [SOURCE_PREP, 0, 0, REPORT_NOUN]],
  // "claim" is both a report noun and a reporting verb.
  ["claim", "en", [VERBISH | REPORT_NOUN]],
  // Capitals do not matter: the lower-case word is looked up.
  ["SAID Told", "en", [VERBISH, VERBISH]],
  // Words of no list: nothing for the finders to start on.
  ["the cat sat on the mat", "en", [0, 0, 0, 0, 0, 0]],
  ["Il a déclaré que", "fr", [0, 0, VERBISH, COMPLEMENTIZER]],
  // An inverted subject pronoun keeps the verb ("a-t-il", "dit-elle").
  ["dit-elle", "fr", [VERBISH]],
  ["selon pour son affirmation", "fr", [SOURCE_PREP | FRENCH_CUE, FRENCH_CUE, 0, REPORT_NOUN]],
  ["le chat dort sur le tapis", "fr", [0, 0, 0, 0, 0, 0]],
  // French cue words carry no French bit in English.
  ["pour selon", "en", [0, 0]],
];

describe("wordBits: lexicon lists per token", () => {
  for (const [text, lang, expected] of rows) {
    it(`${lang}: ${text}`, () => assert.deepEqual([...wordBits(tokenize(text), lexiconFor(lang))], expected));
  }
});
