// French nominal reports whose content follows a particle, not "que" (lexicon/fr/quotes.ts NOUN_FRAMES):
//   "la proposition de la ministre X de fermer la gare", "l'appel du syndicaliste X à la grève",
//   "l'appel lancé dimanche par le pape à un cessez-le-feu". The possessor (a name or a role, never a place
//   nor a thing: "la proposition de loi", "l'appel de Paris à Lyon") speaks; the content starts after the particle.
import type { Speaker, Span } from "../types";
import type { Doc } from "./doc";
import { contentEnd } from "./clause";
import { skipTimeFr } from "./french";
import { resolveSubject } from "./resolve/subject";
import { subjectPhraseAt } from "./subject-phrase";
import { DE_WORDS, FINITE, NOUN_FRAMES, NOUN_FRAME_PARTICIPLE, NP_START, TO, VERB_CLITIC } from "../lexicon/fr/quotes";

/** Infinitive endings (as in french-frames.ts). */
const INFINITIVE = /(?:er|ir|oir|dre|ttre|[^è]ire|vre|aître|oître|être)$/;
/** How many tokens the content of a nominal report in subject position may hold before its verb. */
const MAX_SUBJECT_CONTENT = 20;

export interface NominalReport { a: number; b: number; speaker: Speaker; cue: Span }

/** The nominal report whose noun is at token n, or undefined. */
export function frenchNominal(ctx: Doc, n: number, quoteEndAt: (i: number) => number): NominalReport | undefined {
  const { toks, lex } = ctx;
  const frames = NOUN_FRAMES.get(toks[n].lw);
  if (!frames || !toks[n - 1] || !lex.determiners.has(toks[n - 1].lw)) return undefined;
  // The possessor: "de la ministre X", "du syndicaliste X", or "lancé dimanche par le pape François".
  let j = n + 1;
  if (NOUN_FRAME_PARTICIPLE.test(toks[j]?.lw ?? "")) {
    j = skipTimeFr(ctx, j + 1);
    if (toks[j]?.lw !== "par") return undefined;
    j++;
  } else if (toks[j]?.lw === "de" || toks[j]?.lw === "d'") j++;
  else if (toks[j]?.lw !== "du" && toks[j]?.lw !== "des") return undefined;
  // "du syndicaliste X", "des syndicats": the merged article opens the phrase, else the word after it.
  const p = subjectPhraseAt(ctx, j) ?? (toks[j].lw === "du" || toks[j].lw === "des" ? subjectPhraseAt(ctx, ++j) : undefined);
  if (!p || p.kind === "pronoun") return undefined;
  if (p.kind === "mention" && ctx.ents.mentions[p.mention].entity.kind === "place") return undefined;
  const subj = resolveSubject(ctx, j, p, n);
  const e = subj.end;
  const particle = toks[e]?.lw ?? "";
  let a = -1;
  for (const f of frames) {
    if (f.particle === "de" ? !DE_WORDS.test(particle) || particle === "des" : !TO.has(particle)) continue;
    let i = e + 1;
    while (VERB_CLITIC.test(toks[i]?.lw ?? "") && i - e < 4) i++;
    const inf = INFINITIVE.test(toks[i]?.lw ?? "") && !toks[i].cap;
    // "à la grève générale", "au calme": a noun phrase (the article merged into "au", "aux").
    const np = particle === "à" ? NP_START.test(toks[e + 1]?.lw ?? "") : particle !== "de" && particle !== "d'" && !!toks[e + 1]?.word;
    if (f.content === "inf" ? inf && particle !== "au" && particle !== "aux" : np && !inf) { a = e + 1; break; }
  }
  if (a < 0 || !toks[a]?.word) return undefined;
  const b = contentBound(ctx, n, a, quoteEndAt);
  return b > a + 1 ? { a, b, speaker: subj.speaker, cue: { start: toks[n].s, end: toks[n].e } } : undefined;
}

/**
 * Where the content from token a ends: the clause's end when the nominal report is an object ("a rejeté la
 * proposition de X de …"); the sentence's verb when it is the subject ("L'appel de X à … a été entendu"), read
 * only where a finite auxiliary or a modal shows it (else -1: the verb of such a subject is not known).
 */
function contentBound(ctx: Doc, n: number, a: number, quoteEndAt: (i: number) => number): number {
  const { toks } = ctx;
  const e = contentEnd(ctx, a, quoteEndAt, false);
  const det = toks[n - 1];
  if (!(n - 1 === 0 || det.sent || det.nl)) return e;
  for (let i = a + 1; i < e && i - a <= MAX_SUBJECT_CONTENT; i++) if (FINITE.has(toks[i].lw) || toks[i].t === ",") return toks[i].t === "," ? -1 : i;
  return -1;
}
