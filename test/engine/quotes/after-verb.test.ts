// What follows a reporting verb, read without its subject (quotes/after-verb.ts): the tests the indirect pass asks
// before its subject search. Each reader answers with the words where the report would start, or null.
import { bareClauseStart, complementizerAfter, objectStart } from "../../../src/engine/quotes/after-verb";
import type { Doc } from "../../../src/engine/quotes/doc";
import { docOf, readerTable, tokenAtWord, tokensText, type At } from "../helpers/doc";
import { en, fr, type Lang } from "../helpers/table";

/** The reader's answer at the verb `at`, as the text from that token to the sentence's end, or null for -1. */
function from(lang: Lang, read: (doc: Doc, v: number) => number) {
  return ([text, at]: [string, At]): string | null => {
    const doc = docOf(text, lang);
    const k = read(doc, tokenAtWord(doc, at));
    return k < 0 ? null : tokensText(doc, k, doc.toks.length - 1);
  };
}

describe("complementizerAfter: the complementizer a few words after the verb", () => {
  readerTable<string | null, [string, At]>([
    ["right after the verb", ["Mary Smith said that the plan would fail.", "said"], "that the plan would fail"],
    ["after a time and an addressee", ["Mary Smith told reporters on Tuesday that the plan would fail.", "told"], "that the plan would fail"],
    ["French, after a day", ["Jean Dupont a déclaré mardi que la réforme sera votée.", "déclaré"], "que la réforme sera votée"],
    // Must not match: a "that" closing the clause is a pronoun; another verb before it opens another clause.
    ["a closing 'that' is a pronoun", ["Mary Smith says she wants that.", "says"], null],
    ["a verb before it", ["Mary Smith said she believes that the plan works.", "said"], null],
  ], (input) => from(input[0].includes("Dupont") ? fr : en, complementizerAfter)(input));
});

describe("bareClauseStart: a clause right after the verb, without 'that'", () => {
  readerTable<string | null, [string, At]>([
    ["said, then a clause", ["Mary Smith said the plan would fail.", "said"], "the plan would fail"],
    ["told, its object, then a clause", ["Mary Smith told reporters the plan would fail.", "told"], "the plan would fail"],
    // Must not match: a noun phrase with no verb is no clause.
    ["an object, no clause", ["Mary Smith posted a video on Tuesday.", "posted"], null],
    // An event with its complement is the audience, not what was told (issue 11, English 1).
    ["told an event of a body", ["Officials told a meeting of the transit committee.", "told"], null],
    ["told an event, then a clause", ["Officials told a town meeting the line was late.", "told"], "the line was late"],
  ], from(en, bareClauseStart));
});

describe("objectStart: the object a verb reports", () => {
  readerTable<string | null, [string, At]>([
    ["an object", ["Mary Smith denied the charges on Tuesday.", "denied"], "the charges on Tuesday"],
    ["a particle then its object", ["Mary Smith called for a ban on guns.", "called"], "a ban on guns"],
    // Must not match: a negated verb, a verb after a possessive (a noun).
    ["negated", ["Mary Smith did not deny the charges.", "deny"], null],
    ["after a possessive", ["Mary Smith's demand for a ban grew.", "demand"], null],
  ], from(en, objectStart));
});
