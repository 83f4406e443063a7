// The list bits the name-candidate passes read per word (entities/list-bits.ts): one table per language answers
// which of its lists (honorifics, words that name nobody, determiners, particles, role nouns, titles) a lower-case
// word is on, as the lists themselves do; words of no list carry none.
import * as assert from "node:assert/strict";
import { lexiconFor } from "../../../src/engine/lexicon";
import {
  bitsOf, candidateLists, DETERMINER, HONORIFIC, IN_NAME, NOBLE_TITLE, NOT_NAME, PARTICLE, PARTICLE_TITLE, ROLE_NOUN,
} from "../../../src/engine/entities/list-bits";
import { tokenize } from "../../../src/engine/text/tokenize";
import { type Lang } from "../helpers/table";

type Row = [text: string, lang: Lang, expected: number[]];

const rows: Row[] = [
  // Capitals do not matter: the lower-case word is looked up.
  ["Mme Roux", "fr", [HONORIFIC, 0]],
  // A word may be on several lists: "le" is a determiner, a particle ("Le Pen") and names nobody alone.
  ["le ministre de", "fr", [DETERMINER | NOT_NAME | PARTICLE, ROLE_NOUN | NOT_NAME, PARTICLE | NOT_NAME]],
  ["général duc", "fr", [PARTICLE_TITLE | ROLE_NOUN, NOBLE_TITLE | ROLE_NOUN]],
  // (A lower-case "st" is no particle: "M. Bevan st Murray" is a batsman stumped by the keeper.)
  ["St Sr", "en", [HONORIFIC | IN_NAME, HONORIFIC | IN_NAME]],
  ["the mayor von", "en", [DETERMINER | NOT_NAME, ROLE_NOUN, PARTICLE]],
  // Words of no list.
  ["cat Veronis", "en", [0, 0]],
  ["chat Dupont", "fr", [0, 0]],
];

describe("candidateLists: list bits per word", () => {
  for (const [text, lang, expected] of rows) {
    it(`${lang}: ${text}`, () => {
      const lists = candidateLists(lexiconFor(lang));
      assert.deepEqual(tokenize(text).map((t) => bitsOf(lists, t)), expected);
    });
  }

  it("answers as the lexicon's own lists, for every word of them", () => {
    for (const lang of ["fr", "en"] as const) {
      const lex = lexiconFor(lang);
      const lists = candidateLists(lex);
      const words = new Set([...lex.honorifics.keys(), ...lex.notNames, ...lex.determiners, ...lex.particles, ...lex.roleNouns.keys()]);
      for (const lw of words) {
        const b = bitsOf(lists, { lw });
        assert.equal((b & HONORIFIC) !== 0, lex.honorifics.has(lw), `${lang} ${lw} honorific`);
        assert.equal((b & NOT_NAME) !== 0, lex.notNames.has(lw), `${lang} ${lw} not a name`);
        assert.equal((b & DETERMINER) !== 0, lex.determiners.has(lw), `${lang} ${lw} determiner`);
        assert.equal((b & PARTICLE) !== 0, lex.particles.has(lw), `${lang} ${lw} particle`);
        assert.equal((b & ROLE_NOUN) !== 0, lex.roleNouns.has(lw), `${lang} ${lw} role noun`);
      }
    }
  });
});
