// English speaker phrases after an inverted verb that open on a title or a description before the name (issue 11,
// English 3): "said Cruz constituent Dan Golvach" (not Cruz), "said 9/11 widow Terry Strada", "says Moreau's
// partner, Dan Price" (not Moreau). The person named at the end of the phrase speaks.
import type { Doc } from "../../quotes/doc";
import { isVerb } from "../../quotes/verbs";
import { PREPOSITION, CONJ, INDEFINITE_OPENER } from "../../lexicon/quote-words";
import { endsIn } from "../../text/chars";

/** How many tokens the title phrase before the name may hold ("Lakers head coach", "9/11 widow", "Moreau's partner"). */
const MAX_TITLE = 6;

/**
 * From token k right after an inverted verb: the token where the person named after a title phrase starts, or -1.
 * The phrase holds at least one lower-case word (the title or description); no verb, preposition or conjunction;
 * one comma, right before the name, after a description ("Moreau's partner, Dan Price").
 */
export function titledNameAfter(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  let plain = false;
  for (let j = k; j < toks.length && j - k <= MAX_TITLE; j++) {
    const t = toks[j];
    if (j > k && t.nl) return -1;
    const mi = ctx.mentionAt[j];
    if (j > k && mi >= 0) {
      const m = ctx.ents.mentions[mi];
      if (m.a === j && plain && m.entity.kind === "person" && (toks[j - 1].word || toks[j - 1].t === ",") && !modifies(ctx, m.b)) return j;
      if (m.a === j) { j = m.b - 1; continue; }
    }
    if (t.t === ",") {
      if (!plain || j === k || ctx.mentionAt[j + 1] < 0) return -1;
      continue;
    }
    if (t.t === "/" || t.t === "-" || t.t === "'s" || t.t === "’s" || /^\d/.test(t.t)) continue;
    if (!t.word || isVerb(ctx, j) || lex.auxiliaries.has(t.lw) || PREPOSITION.has(t.lw) || CONJ.has(t.lw) ||
      lex.pronouns.has(t.lw) || lex.complementizers.has(t.lw) || lex.subordinators.has(t.lw)) return -1;
    if (mi < 0 && !t.cap && !lex.determiners.has(t.lw) && !INDEFINITE_OPENER.test(t.lw)) plain = true;
  }
  return -1;
}

/** "said one Trump confidant": a lower-case noun right after the name makes the name its modifier. */
function modifies(ctx: Doc, b: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[b];
  return !!t?.word && !t.cap && t.nl === 0 && !PREPOSITION.has(t.lw) && !CONJ.has(t.lw) && !lex.subordinators.has(t.lw) &&
    !lex.complementizers.has(t.lw) && !lex.questionWords.has(t.lw) && !lex.auxiliaries.has(t.lw) && !isVerb(ctx, b) && !endsIn("ly", t.lw) && !TIME.test(t.lw);
}

/** Time words that may follow the speaker's name: "said Dan Price yesterday". */
const TIME = /^(?:yesterday|today|tonight|recently|earlier|later|afterward|afterwards|before|again|too)$/;
