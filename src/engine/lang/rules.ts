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
}
