// The end of a French report whose content runs into a postposed cue of its own sentence:
//   "X a annoncé la fermeture du site, a-t-on appris auprès de la direction."
//   "Elle a jugé qu'un compromis restait « possible », selon plusieurs participants."
//   "Il aurait confié qu'il jugeait le calendrier « intenable », rapporte Le Figaro."
// The cue after the last comma says who reported the report; it is no part of the content. Nor is a
// participle's report after a comma ("a démenti l'information, affirmant que …").
import { tokenAt } from "../text/tokenize";
import type { Speaker } from "../types";
import { speakerOf, type Doc } from "./doc";
import { frenchPostposed } from "./french";
import { resolvePronoun } from "./resolve/pronoun";
import { subjectAt } from "./resolve/subject";
import { subjectBackward } from "./subject-before";
import { isVerb } from "./verbs";
import { OBJECT_FORM } from "./word-bits";
import { REPORTED_BY, AVOIR_AUX, DE_BARE, INVERSION } from "../lexicon/fr/quotes";
import { isOneOf, endsIn } from "../text/chars";

/** How many tokens a closing "selon X" may hold before the sentence ends. */
const MAX_SOURCE = 8;

/** Where the content [a, b) ends once a closing cue after a comma is cut off (b when there is none). */
export function frenchTail(ctx: Doc, a: number, b: number): number {
  const { toks, lex } = ctx;
  // "a démenti cette information, affirmant que …", "…, avant de préciser que …": a report of its own starts at the comma.
  for (let i = a + 1; i < b - 2; i++) {
    if (toks[i].t === "," && endsIn("ant", toks[i + 1].lw) && isVerb(ctx, i + 1) && lex.complementizers.has(toks[i + 2].lw)) return i;
    if (toks[i].t === "," && sequelAt(ctx, i + 1)) return i;
    // "a dénoncé « … » et annoncé le renforcement …", "a salué « … » mais a appelé à …": a second verb with its own object.
    if ((toks[i].lw === "et" || toks[i].lw === "mais") && i > a + 1 && secondVerb(ctx, i + 1)) return i;
  }
  // The last comma only: the cue closes the sentence.
  let c = b - 1;
  while (c > a && toks[c].t !== "," && b - c <= MAX_SOURCE + 6) c--;
  if (toks[c]?.t !== "," || c <= a) return b;
  const k = c + 1;
  // A comma that ends the text has no token after it.
  const w = toks[k]?.lw ?? "";
  // The whole preposition: "d'après X" closes a report, "d'avoir menti" (the "de" of "accuser X de") does not.
  if (lex.sourcePrepFirst.has(w) && lex.sourcePreps.some((p) => p.every((x, i) => toks[k + i]?.lw === x)) && closesSentence(ctx, k, b)) return c;
  // ", rapporte Le Figaro.": "rapporter" reports only there (elsewhere it brings something back).
  const r = lex.auxiliaries.has(w) ? k + 1 : k;
  if (REPORTED_BY.test(toks[r]?.lw ?? "") && closesSentence(ctx, r, b)) return c;
  return frenchPostposed(ctx, k, a) ? c : b;
}

/** Whether "selon …" at k runs to b (the end of the content) with no verb nor punctuation. */
function closesSentence(ctx: Doc, k: number, b: number): boolean {
  const { toks } = ctx;
  if (b - k > MAX_SOURCE) return false;
  for (let i = k + 1; i < b; i++) if (!toks[i].word && toks[i].t !== "'" || isVerb(ctx, i)) return false;
  return true;
}

/**
 * "Son producteur, Julien Tremblay, salue « … »": a finite French verb right after the comma that closes
 * the named subject's apposition is the main verb (not a participle after a clause, ", citing X").
 */
export function appositionVerb(ctx: Doc, v: number, named: Speaker | undefined): boolean {
  const { toks } = ctx;
  // A present tense, not a participle ("Pauline, condamnée à …") nor a gerund.
  if (!named?.entity || !named.mention || /(?:ant|é|ée|és|ées)$/.test(toks[v].lw)) return false;
  if (toks[v - 1]?.t !== ",") return false;
  // "La CGT, qui regroupe quarante syndicats, réclame …": a relative clause set off by commas after the name.
  const e = tokenAt(toks, named.mention.end);
  if (toks[e]?.t === "," && RELATIVE_OPENER.test(toks[e + 1]?.lw ?? "") && v - e <= MAX_RELATIVE) {
    for (let i = e + 2; i < v - 1; i++) if (!toks[i].word && toks[i].t !== "'" && toks[i].t !== "-" || toks[i].nl) return false;
    return true;
  }
  // The name is itself in apposition and closes it: "Son producteur, Julien Tremblay, salue".
  if (toks[v - 2]?.e !== named.mention.end) return false;
  // "…, le Québécois Julien Tremblay, salue": a few words may open the apposition.
  let a = tokenAt(toks, named.mention.start) - 1;
  while (a > 0 && v - a < 12 && toks[a].word && !toks[a].sent) a--;
  return toks[a]?.t === "," && tokenAt(toks, named.mention.start) - a <= 4;
}

/** Words that open a relative clause after a name's comma, and how many tokens such a clause may hold. */
const RELATIVE_OPENER = /^(?:qui|dont)$/;
const MAX_RELATIVE = 16;

/** "et annoncé", "et a annoncé": a past participle or an auxiliary and one, of a verb that reports its object. */
function secondVerb(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  const v = lex.auxiliaries.has(toks[k]?.lw ?? "") && AVOIR_AUX.test(toks[k].lw) ? k + 1 : k;
  return (ctx.facts[v] & OBJECT_FORM) !== 0 && /(?:é|ée|és|ées|is|it|u)$/.test(toks[v].lw);
}

/** "avant de préciser", "avant d'ajouter" at token k: the reporting infinitive's token, or -1. */
function sequelVerb(ctx: Doc, k: number): number {
  const { toks } = ctx;
  return toks[k]?.lw === "avant" && DE_BARE.test(toks[k + 1]?.lw ?? "") && isVerb(ctx, k + 2) ? k + 2 : -1;
}
const sequelAt = (ctx: Doc, k: number): boolean => sequelVerb(ctx, k) > 0;

/** How far back from the comma the finite verb of a participle's clause may stand. */
const MAX_TO_VERB = 12;

/** The subject of the reporting verb a few words before the comma c, for the participle after it. */
function participleSpeaker(ctx: Doc, c: number): Speaker | undefined {
  const { toks } = ctx;
  for (let k = c - 1; k > 0 && c - k <= MAX_TO_VERB && !toks[k].sent; k--) {
    if (isOneOf("«»“”\"", toks[k].t)) return undefined;
    if (isVerb(ctx, k) && !endsIn("ant", toks[k].lw)) return subjectBackward(ctx, k);
  }
  return undefined;
}

/** How far back the sentence's start may lie from a participle's comma ("X a démissionné mardi soir, estimant que …"). */
const MAX_CLAUSE = 30;

/**
 * The subject that opens the sentence of the comma c, right before its auxiliary ("Le maire a quitté …", "X s'est retiré …"):
 * the speaker of a reporting participle after c when the sentence's verb reports nothing.
 */
function openingClauseSubject(ctx: Doc, c: number): Speaker | undefined {
  const { toks, lex } = ctx;
  let s = c - 1;
  while (s > 0 && c - s < MAX_CLAUSE && !toks[s].sent) s--;
  if (!toks[s]?.sent) return undefined;
  const subj = subjectAt(ctx, s, c);
  if (!subj || subj.end >= c || !lex.auxiliaries.has(toks[subj.end]?.lw ?? "")) return undefined;
  return subj.speaker.pronoun && !subj.speaker.entity ? undefined : subj.speaker;
}

/** How many tokens the incise before ", avant de …" may hold ("a-t-elle ajouté", "a ajouté Jean Dupont"). */
const MAX_INCISE = 8;

/**
 * "X a indiqué que A, avant de préciser que B" / "« … », a-t-elle ajouté, avant de préciser que B": the
 * speaker of B is the speaker of what comes before the comma. Undefined when v is no such infinitive.
 */
export function sequelSpeaker(ctx: Doc, v: number, last: { end: number; speaker: Speaker | null } | undefined): Speaker | undefined {
  const { toks } = ctx;
  if (v < 4) return undefined;
  // "X a démenti cette information, affirmant que …": the subject of the verb before the comma; "X a quitté la salle,
  // affirmant avoir été insulté": of the sentence's own verb when no reporting verb stands there.
  if (toks[v - 1].t === "," && endsIn("ant", toks[v].lw) && (ctx.lex.complementizers.has(toks[v + 1]?.lw ?? "") || ctx.rules.infinitiveClause(ctx, v) > 0))
    return participleSpeaker(ctx, v - 1) ?? openingClauseSubject(ctx, v - 1);
  if (sequelVerb(ctx, v - 2) !== v || toks[v - 3].t !== ",") return undefined;
  const c = v - 3;
  if (last && last.end === toks[c - 1].e) return last.speaker ?? undefined;
  // The incise between the previous comma and this one.
  let o = c - 1;
  while (o > 0 && c - o <= MAX_INCISE && toks[o].t !== ",") o--;
  if (toks[o]?.t !== ",") return undefined;
  for (let i = o + 1; i < c; i++) {
    // "a-t-il", "a-t-elle": a singular pronoun, whose gender the speaker takes.
    const inv = INVERSION.exec(toks[i].lw);
    if (inv && (inv[2] === "il" || inv[2] === "elle")) {
      let s = o;
      while (s > 0 && o - s < 80 && !toks[s].sent) s--;
      const ent = resolvePronoun(ctx, s, inv[2] === "il" ? "m" : "f");
      return ent ? speakerOf(ent, ctx, i, i + 1, true) : undefined;
    }
    const mi = ctx.mentionAt[i];
    if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person") {
      const m = ctx.ents.mentions[mi];
      return speakerOf(m.entity, ctx, m.a, m.b);
    }
  }
  return undefined;
}
