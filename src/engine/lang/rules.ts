// The named hooks through which the language-neutral quote finders reach a language's own conventions.
// Each language implements every hook (lang/fr, lang/en); a hook a language has no use for does nothing.
// The finders call them as doc.rules.<hook>(doc, …), never by testing the language.
import type { Speaker, Span } from "../types";
import type { Attribution } from "../quotes/attribute";
import type { Doc } from "../quotes/doc";

export interface LangRules {
  /** Right after a closing mark, at token k, a cue that is no plain verb and subject: "», explique-t-on à Matignon", "», selon X". */
  cueAfterQuote(doc: Doc, k: number): { speaker: Speaker | null; cue: Span } | undefined;
  /** A quote with no incise whose speaker the next or previous sentence names: "« … » C'est ce qu'a martelé X", "X, éleveur : « … »". */
  quoteEcho(doc: Doc, q: Span): Attribution | undefined;
  /** A cue by which the subject describes itself, so the short quote after it is the subject's word: "X s'est dit « attentif »". */
  selfDescription(doc: Doc, cue: Span): boolean;
  /** The speaker named at the start of a sentence that ends in the colon at token c, before a quote: "Donald Trump: “…”". */
  colonBefore(doc: Doc, c: number): Attribution | undefined;
  /** A described subject before the verb v of a cue before a quote, when no name or role is there: "a friend wondered loudly, “…”". */
  describedBefore(doc: Doc, v: number): Speaker | undefined;

  // Subjects of an indirect report's verb v when no name or role stands right before it (s0: the sentence start).
  /** "Sanders claimed momentum and argued he is …": the subject of a second verb after "and"/"but". */
  conjoinedVerbSubject(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** "Sanders began by saying he …": a participle after a preposition reports for the sentence's subject. */
  prepositionParticipleSubject(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** "The company, meanwhile, said …": the subject before an aside set off by commas right before the verb. */
  asideSubject(doc: Doc, v: number): Speaker | undefined;
  /** A last-resort subject for "say" and "tell": the name that opens the sentence, or the words before the verb. */
  looseSubject(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** Short reports after "said": the answer ("said no"), a gapped subject ("a poem she said was …"), "what he said". */
  shortReport(doc: Doc, v: number): "answer" | "gap" | "aside" | "what" | undefined;
  /** A lower-case -ing word at token k that opens no clause of its own: "…, according to X, taking a step …". */
  participleAt(doc: Doc, k: number): boolean;
}
