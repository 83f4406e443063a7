// A speaker named before a colon that opens a quote: "Ann Walsh, editor of the Daily Ledger: “…”", "Chris Cillizza, The
// Washington Post: “…”", "President Clinton released the following statement: “…”" (the language hooks' colonSpeaker).
import type { Attribution } from "./attribute";
import { channelColonSpeaker } from "./colon-source";
import type { Doc } from "./doc";
import { subjectAt } from "./resolve/subject";
import { sentenceOpening } from "./sentences";
import { isVerb } from "./verbs";

/** How many tokens may stand between a colon speaker's name and the colon ("gloated", ", Twitter"). */
const MAX_COLON_GAP = 3;

/** How many tokens a name's apposition may hold before a colon. */
const MAX_COLON_APPOSITION = 12;

/** Whether tokens [k, c) are an apposition of the name before k: a comma, then a role ("editor of …", "a senator from …"), no verb. */
function colonApposition(ctx: Doc, k: number, c: number): boolean {
  const { toks, lex } = ctx;
  if (toks[k]?.t !== "," || c - k > MAX_COLON_APPOSITION) return false;
  const first = toks[k + 1];
  const role = lex.speakerNouns.has(first?.lw ?? "") || lex.determiners.has(first?.lw ?? "") &&
    (lex.speakerNouns.has(toks[k + 2]?.lw ?? "") || lex.speakerNouns.has(toks[k + 3]?.lw ?? ""));
  if (!role) return false;
  for (let i = k + 1; i < c; i++) if (!toks[i].word && toks[i].t !== "." && toks[i].t !== "'" || isVerb(ctx, i) || lex.pronouns.has(toks[i].lw)) return false;
  return true;
}

/** An organisation's name (after an optional "The") fills tokens [k, c) exactly. */
function mediumUpTo(ctx: Doc, k: number, c: number): boolean {
  const mi = ctx.mentionAt[ctx.toks[k]?.lw === "the" ? k + 1 : k] ?? -1;
  return mi >= 0 && ctx.ents.mentions[mi].entity.kind === "org" && ctx.ents.mentions[mi].b === c;
}

/** The person or organisation named at the start of the sentence that ends in the colon at token c. */
export function colonSpeaker(ctx: Doc, c: number): Attribution | undefined {
  const { toks, lex } = ctx;
  // "President Clinton released the following statement: “…”": the subject of a verb whose object is the channel.
  const channel = channelColonSpeaker(ctx, c);
  if (channel) return { speaker: channel, cue: { start: toks[c].s, end: toks[c].e }, how: "before" };
  // At most 8 tokens before the colon (13 past a name's apposition).
  const s = sentenceOpening(toks, c, MAX_COLON_APPOSITION + 1);
  if (s < 0) return undefined;
  const subj = subjectAt(ctx, s, s);
  if (!subj?.speaker.entity || subj.speaker.pronoun || subj.end > c) return undefined;
  // "Chris Cillizza, The Washington Post: “…”": the medium the person writes for, between commas and the colon.
  if (toks[subj.end].t === "," && mediumUpTo(ctx, subj.end + 1, c)) return { speaker: subj.speaker, cue: { start: toks[c].s, end: toks[c].e }, how: "before" };
  // "Ann Walsh, editor of the Daily Ledger: “…”", "Paul Grant, a senator from Ohio: “…”": the name's apposition.
  if (c - subj.end > MAX_COLON_GAP) return colonApposition(ctx, subj.end, c) ? { speaker: subj.speaker, cue: { start: toks[c].s, end: toks[c].e }, how: "before" } : undefined;
  if (c - s > 8) return undefined;
  for (let k = subj.end; k < c; k++) if (lex.determiners.has(toks[k].lw) || lex.pronouns.has(toks[k].lw)) return undefined;
  return { speaker: subj.speaker, cue: { start: toks[c].s, end: toks[c].e }, how: "before" };
}
