// Asked questions (English): a question is a speech act too. "Asked whether he would run, X said …"
// and "when asked how …" report the question, whose asker is unnamed unless "by X" names it;
// "X asked Y whether …" reports it for X. The content is the question from its question word ("whether",
// "how"; after "about": its topic). A request ("asked him to leave") is left out: the news corpora do not
// count it (ggt: 3 of 3 such predictions were wrong).
import type { Speaker } from "../types";
import { contentEnd } from "./clause";
import { sentenceStartAt } from "./sentences";
import { describedAfter, participleSubject } from "./described";
import type { Doc } from "./doc";
import type { Indirect } from "./indirect";
import { subjectAt } from "./resolve/subject";
import { subjectBackward } from "./subject-before";
import { nounPhraseBefore } from "./subject-before";
import { isVerb } from "./verbs";
import { VERBISH } from "./word-bits";
import { PASSIVE_BEFORE, OBJECT_PRONOUN, NEGATION, REFLEXIVE_EN } from "../lexicon/en/quotes";
import { isOneOf } from "../text/chars";

/** How many words (time, place, occasion) may stand between the verb and the question word. */
const MAX_GAP = 8;

export function findQuestions(ctx: Doc, quoteEndAt: (i: number) => number): Indirect[] {
  const { toks, lex } = ctx;
  const out: Indirect[] = [];
  if (!lex.questionVerbs.size) return out;
  // When every question verb is a reporting verb form (the lexicon's usual case), a token without the word bit
  // VERBISH is none: one typed-array read instead of a set lookup on the token's word.
  let verbish = VERBISH;
  for (const w of lex.questionVerbs) if (!lex.verbForms.has(w)) verbish = 0;
  const { bits } = ctx;
  for (let n = 0; n < toks.length; n++) {
    const q = quoteEndAt(n);
    if (q > n) { n = q - 1; continue; }
    if ((bits[n] & verbish) !== verbish || !lex.questionVerbs.has(toks[n].lw)) continue;
    const before = toks[n - 1];
    // "asked himself whether …": a question to oneself is no statement.
    if (before && NEGATION.test(before.lw) || REFLEXIVE_EN.test(toks[n + 1]?.lw ?? "")) continue;
    // "X was asked (by Y) whether …": a passive after "be" asks nothing of its subject.
    const finite = toks[n].lw === "asked" && !!before && ctx.rules.passiveAt(ctx, n);
    const passive = !before || !!toks[n].sent || toks[n].lw === "asked" && (PASSIVE_BEFORE.has(before.lw) || before.t === ",") || finite;
    let k = n + 1;
    let speaker: Speaker | null = null;
    if (passive) {
      // "Asked by Thrush whether …": the asker.
      if (toks[k]?.lw === "by") {
        // "asked by moderator Jan Kell whether": the name after a title phrase.
        const titled = ctx.rules.titledNameAfter?.(ctx, k + 1) ?? -1;
        const x = (titled >= 0 ? subjectAt(ctx, titled, n) : undefined) ?? subjectAt(ctx, k + 1, n) ?? describedAfter(ctx, k + 1);
        if (!x) continue;
        speaker = x.speaker;
        k = x.end;
      }
      // "when asked whether …" with nobody named: the reporter's own question, no statement for the reader.
      if (!speaker) continue;
    } else {
      speaker = subjectBackward(ctx, n) ?? participleSubject(ctx, n, sentenceStartAt(ctx, n)) ?? nounPhraseBefore(ctx, n) ?? null;
      if (!speaker) continue;
    }
    const w = questionWord(ctx, passive ? k : objectEnd(ctx, k));
    if (w < 0) continue;
    const a = toks[w].lw === "about" ? w + 1 : w;
    // A fronted "Asked whether …, X said" ends at its comma; a finite passive's question runs on like an active one.
    push(ctx, out, a, contentEnd(ctx, a, quoteEndAt, passive && !finite), speaker, n);
  }
  return out;
}

/** After the object of an active "asked" (a name, a pronoun, a plural noun): the token that follows it. */
function objectEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  const mi = ctx.mentionAt[k] ?? -1;
  if (mi >= 0) return ctx.ents.mentions[mi].b;
  if (OBJECT_PRONOUN.has(toks[k]?.lw ?? "")) return k + 1;
  // "asked the candidates to …": a determiner and a plural noun.
  if (ctx.lex.determiners.has(toks[k]?.lw ?? "") && /[^s]s$/.test(toks[k + 1]?.lw ?? "") && !toks[k + 1].cap) return k + 2;
  return k;
}

/** The question word within a few words from k ("Asked during a debate whether …"), or -1. */
function questionWord(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  for (let i = k; i < toks.length && i < k + MAX_GAP; i++) {
    const t = toks[i];
    if (lex.questionWords.has(t.lw)) return i;
    if (!t.word || t.nl || isVerb(ctx, i) || lex.complementizers.has(t.lw)) return -1;
  }
  return -1;
}

function push(ctx: Doc, out: Indirect[], a: number, e: number, speaker: Speaker | null, n: number): void {
  const { toks } = ctx;
  let b = e;
  while (b > a && isOneOf(",;:", toks[b - 1].t)) b--;
  if (b - a < 2) return;
  out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue: { start: toks[n].s, end: toks[n].e } });
}
