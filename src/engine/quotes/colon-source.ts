// Sources that a colon before a quote closes, with no reporting verb:
//   "According to HuffPo: “…”", "Selon le ministère : « … »": a source preposition opening the sentence;
//   "President Clinton released the following statement: “…”", "The company issued a statement: “…”": a sentence whose
//   verb takes a channel noun ("statement", "release", "email") as its object right before the colon reports the
//   quote that follows for the verb's subject (English, through colonSpeaker, the language's colonBefore).
import type { Doc } from "./doc";
import type { Speaker } from "../types";
import { endsIn } from "../text/chars";
import { afterOpeningClause, sourceAfterPrep } from "./described";
import { sentenceOpening } from "./sentences";
import { subjectAt } from "./resolve/subject";

/** How many tokens the sentence before the colon may hold ("According to the Associated Press news agency:"). */
const MAX_SOURCE_SENTENCE = 12;

/** "According to X: “…”": the source of a preposition that opens the sentence and that the colon at token c closes. */
export function prepColonSpeaker(ctx: Doc, c: number): Speaker | undefined {
  const { toks, lex } = ctx;
  const s = sentenceOpening(toks, c, MAX_SOURCE_SENTENCE);
  if (s < 0) return undefined;
  const prep = lex.sourcePreps.find((p) => p.every((w, i) => toks[s + i]?.lw === w));
  const found = prep && sourceAfterPrep(ctx, s, prep);
  return found && found.x.end === c ? found.x.speaker : undefined;
}

/** How many lower-case words may stand between the determiner and the channel noun ("the following", "a brief written"). */
const MAX_MODIFIERS = 3;
/** How far back the sentence may open, an opening clause included ("When Wallace died in 1998, …"). */
const MAX_SENTENCE = 30;

/** The named subject of "X released the following statement:" before the colon at token c, or undefined. */
export function channelColonSpeaker(ctx: Doc, c: number): Speaker | undefined {
  const { toks, lex } = ctx;
  const n = c - 1;
  if (!lex.channelNouns.has(toks[n]?.lw ?? "")) return undefined;
  // Back over the noun's modifiers to its determiner, then the verb: a past or present form in lower case.
  let d = n - 1;
  while (d >= n - MAX_MODIFIERS && toks[d]?.word && !toks[d].cap && !lex.determiners.has(toks[d].lw)) d--;
  if (!lex.determiners.has(toks[d]?.lw ?? "")) return undefined;
  const v = d - 1;
  const w = toks[v];
  if (!w?.word || w.cap || !(endsIn("ed", w.lw) || lex.irregularPast.has(w.lw) || /[^s]s$/.test(w.lw))) return undefined;
  const s0 = sentenceOpening(toks, v, MAX_SENTENCE);
  if (s0 < 0) return undefined;
  const s = afterOpeningClause(ctx, s0, v);
  const subj = subjectAt(ctx, s, s);
  return subj?.speaker.entity && subj.end === v ? subj.speaker : undefined;
}
