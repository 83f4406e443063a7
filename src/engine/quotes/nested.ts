// A report inside a report: "Selon l'AFP, le ministre a déclaré que …", "According to Reuters, Acme confirmed that …".
// STATEMENTS.md counts both: the outlet's (the clause after "selon X,") and the inner speaker's (the que-clause).
// This is the one overlap between statements the engine keeps; every other overlap is resolved to one statement.
import { tokenAt } from "../text/tokenize";
import type { Speaker } from "../types";
import { sourcePrepAt } from "./source-prep";
import type { Doc } from "./doc";
import type { Indirect } from "./indirect";
import { isVerb } from "./verbs";
import { COMPLEMENTIZER } from "./word-bits";

/** How many tokens may stand before the inner speaker's mention in the outer content ("le ministre", "le maire, "). */
const MAX_LEAD = 6;

/**
 * The reports of a text-ordered list that nest inside the report before them: the outer one cued by a source
 * preposition before its content ("selon X, [CONTENT]"), the inner one a que-clause cued by a verb inside that
 * content, whose subject opens it, with a speaker of its own. A linear pass: each report is compared with the last
 * outer candidate only.
 */
export function nestedReports(ctx: Doc, list: readonly Indirect[]): Set<Indirect> | undefined {
  let nested: Set<Indirect> | undefined;
  let outer: Indirect | undefined;
  for (const x of list) {
    if (outer && x.speaker && x.start > outer.start && x.end <= outer.end && x.cue.start >= outer.start && x.cue.end <= x.start &&
      !sameSpeaker(outer.speaker, x.speaker) && clauseReport(ctx, x) && opensWithSpeaker(ctx, outer, x.speaker)) {
      (nested ??= new Set()).add(x);
      continue;
    }
    outer = x.cue.end <= x.start && sourcePrepAt(ctx, tokenAt(ctx.toks, x.cue.start)) ? x : undefined;
  }
  return nested;
}

/**
 * Whether the inner report is a clause after its complementizer ("a déclaré que …", "confirmed that …"): an object
 * ("les ministres ont évoqué la situation", "n'a proposé aucun plan") is what the outlet tells, not a second statement.
 */
function clauseReport(ctx: Doc, x: Indirect): boolean {
  const k = tokenAt(ctx.toks, x.start) - 1;
  return k > 0 && (ctx.facts[k] & COMPLEMENTIZER) !== 0;
}

/**
 * Whether the outer content opens with the inner speaker, the subject of its main clause ("selon l'AFP, le ministre a
 * déclaré que …"), not with a clause that holds the report further in ("according to the Post, aides asked what would
 * happen if the candidate said he …").
 */
function opensWithSpeaker(ctx: Doc, outer: Indirect, sp: Speaker): boolean {
  if (!sp.mention) return false;
  const { toks } = ctx;
  const a = tokenAt(toks, outer.start);
  const b = tokenAt(toks, sp.mention.start);
  if (b < a || b - a > MAX_LEAD) return false;
  // Words, and the commas of a role before its holder's name ("le maire, Paul Roche, a assuré"), but no verb.
  for (let k = a; k < b; k++) if (!toks[k].word && toks[k].t !== "," || isVerb(ctx, k)) return false;
  return true;
}

/** Whether two speakers are one: the same entity, or the same words. */
function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  if (!a || !b) return false;
  if (a.entity && b.entity) return a.entity === b.entity;
  return (a.name ?? a.mentionText) === (b.name ?? b.mentionText);
}
