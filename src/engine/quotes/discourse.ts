// The discourse pass over all statements in text order: a subject pronoun that names a report's speaker
// ("Il a ajouté que …") takes up the speaker of the statement before first, whatever kind that statement
// was, as the direct quotes' cues already do (attributeAll). The pronoun's antecedent is chosen in
// resolve/pronoun.ts and resolve/salience.ts; this pass only gives it the statement before.
import { tokenAt } from "../text/tokenize";
import type { Quote, Speaker } from "../types";
import { topicOf } from "./attribute";
import { entityById, speakerOf, type Doc } from "./doc";
import { resolvePronoun } from "./resolve/pronoun";
import { capitalisedWord } from "./resolve/salience";
import { genderOf, nameGender } from "./resolve/gender";
import { pluralSubject } from "./resolve/plural-subject";
import { unnamedSubjectBefore } from "./resolve/unnamed-subject";
import { BODY_NOUNS, OBJECT_PRONOUN } from "../lexicon/en/quotes";
import { isCommonWord } from "../lexicon/gazetteer";

/** A dialogue line's opening dash: its lines alternate between speakers, no report is their topic. */
const DIALOGUE_DASH = /^[–—-]/;

/** How many sentences may open between a described speaker and the pronoun that takes it up. */
const DESCRIBED_SENTENCES = 1;

/** Re-resolves the pronoun speakers of indirect and mixed statements with the statement before as their topic. */
export function pronounsAfterStatements(ctx: Doc, qs: Quote[]): void {
  let prev: Quote | undefined;
  let described: Quote | undefined;
  let direct: Quote | undefined;
  for (const q of qs) {
    const sp = q.speaker;
    if (sp?.pronoun && !sp.entity && sp.mention && described) takeUpDescribed(ctx, q, described);
    // A direct quote's cue took the direct quote before as its topic already (attributeAll); it takes up a report
    // in between ("X said the team was ready. Reporters asked him about Y. “…,” he said.") here.
    if ((q.kind !== "direct" || prev?.kind !== "direct" && !DIALOGUE_DASH.test(ctx.text[q.start]) && !otherInSentence(ctx, direct, prev)) &&
      sp?.pronoun && sp.mention && prev?.speaker?.entity) {
      const k = tokenAt(ctx.toks, sp.mention.start);
      const g = ctx.lex.pronouns.get(ctx.toks[k]?.lw ?? "");
      const topic = topicOf(ctx, prev.speaker, prev.end);
      // A cue after the marks looks for its antecedent before the quote, not among the names quoted; a report's cue after
      // its clause too while the statement before is the topic ("X said …. Y was the first, he said."), else the
      // clause's subject comes first ("Y has introduced the bill, he said" two sentences after X spoke).
      const open = tokenAt(ctx.toks, q.start);
      const before = q.kind === "direct" || topic && recent(ctx, topic.end, open) ? Math.min(k, open) : k;
      // "it"/"they" only where nothing took them up yet (an organisation's cue did already, attributeAll, orgSubject).
      const ent = g && (g !== "x" && g !== "pl" || !sp.entity) && topic ? resolvePronoun(ctx, before, g, true, topic) : undefined;
      if (ent && ent.id !== sp.entity) q.speaker = speakerOf(ent, ctx, k, k + 1, true);
    }
    // "members complained about what they said …": a "they" nothing took up stands for its clause's plural subject.
    const after = q.speaker;
    if (after?.pronoun && !after.entity && after.mention && after.mentionText === ctx.text.slice(after.mention.start, after.mention.end)) {
      const k = tokenAt(ctx.toks, after.mention.start);
      const d = ctx.lex.pronouns.get(ctx.toks[k]?.lw ?? "") === "pl" ? pluralSubject(ctx, k) : undefined;
      if (d) q.speaker = takenUp(ctx, d, after) ?? after;
    }
    // "Yuni, a resident of Lampung, was at home when she heard …. “…,” she said.": the name nothing typed, not a person further back.
    const now = q.speaker;
    if (now?.pronoun && now.mention && now.mentionText === ctx.text.slice(now.mention.start, now.mention.end)) {
      const k = tokenAt(ctx.toks, now.mention.start);
      const g = ctx.lex.pronouns.get(ctx.toks[k]?.lw ?? "");
      const u = g === "m" || g === "f" ? unnamedSubjectBefore(ctx, Math.min(k, tokenAt(ctx.toks, q.start)), otherGender(ctx, now, g) ? g : undefined) : undefined;
      if (u) q.speaker = { ...u, mention: now.mention, pronoun: true };
    }
    // Only a speaker the text names as such is a topic: a description or a pronoun may be a wrong guess already.
    // "Reporters asked him about …": a capitalised word written once at a sentence start names nobody for certain;
    // the statement before stays the topic.
    if (q.speaker?.entity && !dubiousName(ctx, q)) prev = namedHere(ctx, q) ? q : undefined;
    if (q.kind === "direct" && q.speaker?.entity) direct = q;
    described = q.speaker && !q.speaker.entity && !q.speaker.pronoun && q.speaker.mentionText ? q : q.speaker?.pronoun ? described : undefined;
  }
}

/** At most one sentence opens at tokens a <= k < b (a: the token after the statement before): it is still the topic at b. */
function recent(ctx: Doc, a: number, b: number): boolean {
  let n = 0;
  for (let k = a; k < b && n <= 1; k++) if (ctx.toks[k].sent || ctx.toks[k].nl) n++;
  return n <= 1;
}

/**
 * "“…,” said X, chief scientist at Y, adding that …": a report in the sentence of the direct quote before whose speaker
 * is another is a doubtful reading of a participle's subject; the quote before stays the topic.
 */
function otherInSentence(ctx: Doc, direct: Quote | undefined, report: Quote | undefined): boolean {
  if (!direct || !report || report.start < direct.end || report.speaker?.entity === direct.speaker?.entity) return false;
  const { toks } = ctx;
  for (let k = tokenAt(toks, direct.end); k < toks.length && toks[k].s < report.start; k++) if (toks[k].sent || toks[k].nl) return false;
  return true;
}

/**
 * "The company said profits rose. It added that …": an unresolved "it" (or "they") opening a sentence takes up the
 * described body that spoke in the sentence before ("The company"; "Two officials" for "they"), never a person.
 */
function takeUpDescribed(ctx: Doc, q: Quote, before: Quote): void {
  const { toks } = ctx;
  const sp = q.speaker!;
  const k = tokenAt(toks, sp.mention!.start);
  const g = ctx.lex.pronouns.get(toks[k]?.lw ?? "");
  const d = before.speaker!;
  const head = d.mentionText!.toLowerCase().split(/\s+/).pop() ?? "";
  if (!(g === "x" && BODY_NOUNS.has(head) || g === "pl" && /[^s]s$|^police$|^authorities$/.test(head))) return;
  let sentences = 0;
  for (let i = tokenAt(toks, before.end); i < k && sentences <= DESCRIBED_SENTENCES; i++) if (toks[i].sent) sentences++;
  if (sentences > DESCRIBED_SENTENCES) return;
  q.speaker = takenUp(ctx, d, sp) ?? sp;
}

/**
 * The pronoun speaker `sp` standing for the description `d` (its own span): the description as a reader would accept
 * it (ctx.rules.saneSpeaker: "Though executives" is "executives"), the pronoun as its mention; undefined when it is none.
 */
function takenUp(ctx: Doc, d: Speaker, sp: Speaker): Speaker | undefined {
  const sane = ctx.rules.saneSpeaker(ctx, { name: null, mention: d.mention, mentionText: d.mentionText });
  if (!sane?.mentionText || sane.entity) return undefined;
  return { ...d, mention: sp.mention, mentionText: sane.mentionText, pronoun: true };
}

/** The pronoun speaker is nobody, or a person whose gender or given name is the other one (a last resort of resolvePronoun). */
function otherGender(ctx: Doc, sp: Speaker, g: "m" | "f"): boolean {
  const e = entityById(ctx, sp.entity);
  if (!e) return true;
  const eg = genderOf(ctx, e) ?? nameGender(ctx, e);
  return !!eg && eg !== g;
}

/** The statement's speaker is written as a name mention of that person or organisation. */
function namedHere(ctx: Doc, q: Quote): boolean {
  const m = q.speaker?.mention;
  if (!m || q.speaker?.pronoun) return false;
  const mi = ctx.mentionAt[tokenAt(ctx.toks, m.start)];
  if (mi >= 0) return ctx.ents.mentions[mi].entity.id === q.speaker?.entity;
  // "The company said …" for an organisation named before: a body noun does not stand for a person by guess.
  return BODY_NOUNS.has(ctx.toks[tokenAt(ctx.toks, m.end) - 1]?.lw ?? "") && entityById(ctx, q.speaker?.entity)?.kind === "org";
}

/**
 * The statement's speaker is a one-word name written once, at a sentence start (resolve/salience.ts capitalisedWord),
 * that is a common word, a source noun or an audience ("Reporters", not "Walmart").
 */
function dubiousName(ctx: Doc, q: Quote): boolean {
  const m = q.speaker?.mention;
  if (!m || q.speaker?.pronoun) return false;
  const a = tokenAt(ctx.toks, m.start);
  const mi = ctx.mentionAt[a];
  const t = ctx.toks[a];
  return mi >= 0 && capitalisedWord(ctx, ctx.ents.mentions[mi].entity, a) &&
    (isCommonWord(t.form, ctx.lex.lang) || ctx.lex.speakerNouns.has(t.lw) || OBJECT_PRONOUN.has(t.lw));
}
