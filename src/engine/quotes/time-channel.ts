// What may stand between a reporting verb and its clause: time words and manner adverbs ("said Tuesday night"),
// a channel or an event with its named addressee or place ("said in a statement to The Daily Ledger", "said at a
// rally in Ohio").
import { endsIn } from "../text/chars";
import { TIME } from "../lexicon/time-words";
import type { Doc } from "./doc";
import { DEMONSTRATIVE_FR, PERIOD_FR } from "../lexicon/fr/quotes";
import { PERIOD, AFTER_EARLIER_LATER, EVENT_PREP_EN, EVENT_EN, TIME_EDGE_EN, CHANNEL_TAIL_EN } from "../lexicon/en/quotes";
import { CHANNEL_PREP } from "../lexicon/quote-words";

/** Skips time words and manner adverbs after a verb: "said Tuesday night", "said last week", "said on Monday", "earlier this week". */
export function skipTime(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  for (let n = 0; n < 4 && toks[k]; n++) {
    const w = toks[k].lw;
    if (TIME.has(w) || (lex.morph.lyAdverbs && endsIn("ly", w) && !toks[k].cap && w.length > 4)) k++;
    // "told POLITICO earlier this week", "said later on Monday".
    else if ((w === "earlier" || w === "later") && AFTER_EARLIER_LATER.test(toks[k + 1]?.lw ?? "")) k++;
    else if ((w === "last" || w === "this" || w === "next") && PERIOD.has(toks[k + 1]?.lw ?? "")) k += 2;
    // "a annoncé ce matin", "a déclaré cette semaine".
    else if (DEMONSTRATIVE_FR.has(w) && PERIOD_FR.has(toks[k + 1]?.lw ?? "")) k += 2;
    else if (w === "on" && TIME.has(toks[k + 1]?.lw ?? "")) k += 2;
    // "said late Friday" (English report matrix).
    else if (TIME_EDGE_EN.has(w) && TIME.has(toks[k + 1]?.lw ?? "")) k += 2;
    else if (CHANNEL_PREP.has(w)) { const e = channelEnd(ctx, k + 1, lex.channelNouns); if (e < 0) break; k = namedTail(ctx, e); }
    // "said at a rally in Ohio", "said during a hearing", "told reporters at the White House" (English report matrix).
    else if (EVENT_PREP_EN.has(w)) {
      const e = channelEnd(ctx, k + 1, EVENT_EN);
      const n = e < 0 ? namedTail(ctx, k) : namedTail(ctx, e);
      if (n === k) break;
      k = n;
    }
    else break;
  }
  return k;
}

/** Past a channel or an event, its addressee or place when a name: "in an email to The Daily Ledger", "at a rally in Ohio". */
function namedTail(ctx: Doc, k: number): number {
  if (!CHANNEL_TAIL_EN.has(ctx.toks[k]?.lw ?? "")) return k;
  const j = ctx.toks[k + 1]?.lw === "the" ? k + 2 : k + 1;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi < 0 || ctx.ents.mentions[mi].a !== j) return k;
  // Not when the name runs on past the mention ("at St. Anselm's College"): where it ends is unknown.
  const b = ctx.ents.mentions[mi].b, next = ctx.toks[b];
  return next && (next.word && next.cap || /^['’]s?$/.test(next.t)) ? k : b;
}

/** After "in"/"by": "(a|an|the|his …)? (adjective)? <channel noun>" ends here ("in a statement", "by text message"). */
function channelEnd(ctx: Doc, k: number, nouns: Set<string>): number {
  const { toks } = ctx;
  for (let i = k; i < toks.length && i < k + 4; i++) {
    const t = toks[i];
    if (!t.word) return -1;
    if (nouns.has(t.lw) && !nouns.has(toks[i + 1]?.lw ?? "") && toks[i + 1]?.lw !== "of") return i + 1;
  }
  return -1;
}
