// The lexicon bits the quote finders read per token (quotes/word-bits.ts): one row per word, with
// the words that must carry no bit (the finders skip those tokens).
import * as assert from "node:assert/strict";
import { lexiconFor } from "../../../src/engine/lexicon";
import {
  tokenFacts, wordBits, BARE_CLAUSE_FORM, BELIEF_FORM, COMPLEMENTIZER, FAR_STOP_WORD, FRENCH_CUE, NAMING_VERB, NOUN_LIKE_VERB, OBJECT_FORM,
  POSTPOSE_OPENER, REPORT_NOUN, SAY_WORD, SOURCE_PREP, TELL_WORD, VERBISH,
} from "../../../src/engine/quotes/word-bits";
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
  // An auxiliary may open a postposed cue ("…, a déclaré X").
  ["Il a déclaré que", "fr", [0, POSTPOSE_OPENER, VERBISH, COMPLEMENTIZER]],
  // An inverted subject pronoun keeps the verb ("a-t-il", "dit-elle"); its hyphen may open a postposed cue.
  ["dit-elle", "fr", [VERBISH | POSTPOSE_OPENER]],
  ["s’est ne chat", "fr", [POSTPOSE_OPENER, POSTPOSE_OPENER, POSTPOSE_OPENER, 0]],
  ["called", "en", [VERBISH | NAMING_VERB]],
  // "pour", "son" are on the auxiliary list too (what may stand before a postposed verb: "pour sa part", "de son côté").
  ["selon pour son affirmation", "fr", [SOURCE_PREP | FRENCH_CUE, FRENCH_CUE | POSTPOSE_OPENER, POSTPOSE_OPENER, REPORT_NOUN]],
  ["le chat dort sur le tapis", "fr", [0, 0, 0, 0, 0, 0]],
  // French cue words carry no French bit in English.
  ["pour selon", "en", [0, 0]],
];

describe("wordBits: lexicon lists per token", () => {
  for (const [text, lang, expected] of rows) {
    it(`${lang}: ${text}`, () => assert.deepEqual([...wordBits(tokenize(text), lexiconFor(lang))], expected));
  }
});

/** The verb classes above the byte: the word, the bit it must carry, a word that must not. */
const classes: [lang: Lang, word: string, bit: number, not: string][] = [
  ["en", "told", TELL_WORD, "said"], ["en", "says", SAY_WORD, "wrote"], ["en", "states", NOUN_LIKE_VERB, "said"],
  ["en", "believes", BELIEF_FORM, "said"], ["en", "said", BARE_CLAUSE_FORM, "cat"], ["en", "denied", OBJECT_FORM, "cat"],
  ["fr", "qui", FAR_STOP_WORD, "chat"],
];

describe("tokenFacts: verb classes per word", () => {
  for (const [lang, word, bit, not] of classes) {
    it(`${lang}: ${word}, not ${not}`, () => {
      const facts = tokenFacts(tokenize(`${word} ${not}`), lexiconFor(lang));
      assert.deepEqual([(facts[0] & bit) !== 0, (facts[1] & bit) !== 0], [true, false]);
    });
  }
});
