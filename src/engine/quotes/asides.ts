// French asides between a subject and its verb: "X, lui, …", "X, quant à elle, …", "X, entendu comme témoin, …",
// "Plusieurs ONG, dont Amnesty International, …" (members named inside a group: the group is the subject).
import type { Doc } from "./doc";
import { CLITICS, FINITE } from "../lexicon/fr/quotes";
import { lazy } from "../text/lazy";

/** Whether tokens [a, b) are only such an aside (b is its closing comma). */
export function aside(ctx: Doc, a: number, b: number): boolean {
  if (memberAside(ctx, a, b)) return true;
  if (b <= a || b - a > 4) return false;
  if (participleAside(ctx, a, b)) return true;
  for (let i = a; i < b; i++) if (!ctx.lex.asideWords.has(ctx.toks[i].lw)) return false;
  return true;
}

/** A past participle that opens an aside: "entendu comme témoin", "élue en 2020", "interrogé par la police". */
const ASIDE_PARTICIPLE = lazy(() => /^\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues)$/u);

/** "X, entendu comme témoin, a expliqué …": a short participle phrase, no verb of speech nor finite verb in it. */
function participleAside(ctx: Doc, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  if (!ASIDE_PARTICIPLE().test(toks[a].t) || lex.verbForms.has(toks[a].lw)) return false;
  for (let i = a + 1; i < b; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" || FINITE.has(t.lw) || lex.verbForms.has(t.lw) || lex.complementizers.has(t.lw)) return false;
  }
  return true;
}

/** How many tokens the members of a "dont" aside may hold ("dont Amnesty International et Human Rights Watch"). */
const MAX_MEMBERS = 8;
/** Counts that open members with no name: "dont deux enfants", "dont plusieurs élus". */
const COUNT = /^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|certains|certaines|quelques)$/;

/**
 * "dont Amnesty International", "dont le maire Paul Durand", "dont deux anciens ministres": a verbless "dont" phrase
 * that ends on a name or opens on a count, naming members of the subject before it (not "dont le mandat s'achève").
 */
export function memberAside(ctx: Doc, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  if (toks[a]?.lw !== "dont" || b - a < 2 || b - a > MAX_MEMBERS) return false;
  if (!toks[b - 1].cap && !COUNT.test(toks[a + 1].lw)) return false;
  for (let i = a + 1; i < b; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" && t.t !== "-" || t.nl || FINITE.has(t.lw) || lex.verbForms.has(t.lw) || lex.auxiliaries.has(t.lw) ||
      lex.complementizers.has(t.lw) || CLITICS.has(t.lw)) return false;
  }
  return true;
}
