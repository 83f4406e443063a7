// French asides between a subject and its verb: "X, lui, …", "X, quant à elle, …", "X, entendu comme témoin, …".
import type { Doc } from "./doc";
import { FINITE } from "../lexicon/fr/quotes";

/** Whether tokens [a, b) are only such an aside (b is its closing comma). */
export function aside(ctx: Doc, a: number, b: number): boolean {
  if (b <= a || b - a > 4) return false;
  if (participleAside(ctx, a, b)) return true;
  for (let i = a; i < b; i++) if (!ctx.lex.asideWords.has(ctx.toks[i].lw)) return false;
  return true;
}

/** A past participle that opens an aside: "entendu comme témoin", "élue en 2020", "interrogé par la police". */
const ASIDE_PARTICIPLE = /^\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues)$/u;

/** "X, entendu comme témoin, a expliqué …": a short participle phrase, no verb of speech nor finite verb in it. */
function participleAside(ctx: Doc, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  if (!ASIDE_PARTICIPLE.test(toks[a].t) || lex.verbForms.has(toks[a].lw)) return false;
  for (let i = a + 1; i < b; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" || FINITE.has(t.lw) || lex.verbForms.has(t.lw) || lex.complementizers.has(t.lw)) return false;
  }
  return true;
}
