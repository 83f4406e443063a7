// The discourse pass over all statements in text order: a subject pronoun that names a report's speaker
// ("Il a ajouté que …") takes up the speaker of the statement before first, whatever kind that statement
// was, as the direct quotes' cues already do (attributeAll). The pronoun's antecedent is chosen in
// resolve/pronoun.ts and resolve/salience.ts; this pass only gives it the statement before.
import { tokenAt } from "../text/tokenize";
import type { Quote, Speaker } from "../types";
import { topicOf } from "./attribute";
import { entityById, firstMentionFrom, speakerOf, type Doc } from "./doc";
import { resolvePronoun } from "./resolve/pronoun";
import { capitalisedWord } from "./resolve/salience";
import { genderOf, nameGender } from "./resolve/gender";
import { pluralSubject } from "./resolve/plural-subject";
import { groupSubject } from "./resolve/group-subject";
import { unnamedSubjectBefore } from "./resolve/unnamed-subject";
import { subjectPhraseAt } from "./subject-phrase";
import { BODY_NOUNS, OBJECT_PRONOUN } from "../lexicon/en/quotes";
import { isCommonWord } from "../lexicon/gazetteer";
import { GENDERED_PEOPLE, INDEFINITE } from "../lexicon/quote-words";

/** A dialogue line's opening dash: its lines alternate between speakers, no report is their topic. */
const DIALOGUE_DASH = /^[–—-]/;

/** How many sentences may open between a described speaker and the pronoun that takes it up. */
const DESCRIBED_SENTENCES = 1;

/** Re-resolves the pronoun speakers of indirect and mixed statements with the statement before as their topic. */
export function pronounsAfterStatements(ctx: Doc, qs: Quote[]): void {
  let prev: Quote | undefined;
  let described: Quote | undefined;
  /** Where the described statement, or the last statement that took up its description, ends. */
  let describedEnd = 0;
  let direct: Quote | undefined;
  for (const q of qs) {
    const sp = q.speaker;
    // "A spokesman for the agency said …. He added …": the person described who spoke before, not a name further back.
    // (Its quotes leave the topic as it was, as the described statement did.)
    if (sp?.pronoun && sp.mention && described && takeUpPerson(ctx, q, described, describedEnd)) { describedEnd = q.end; continue; }
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
      const pl = ctx.lex.pronouns.get(ctx.toks[k]?.lw ?? "") === "pl";
      // "Ana Ruiz and Paul Becker studied …. They concluded …": the people named together first.
      const group = pl ? groupSubject(ctx, k, Math.min(k, tokenAt(ctx.toks, q.start))) : undefined;
      const d = pl && !group ? pluralSubject(ctx, k) : undefined;
      if (group) q.speaker = group;
      else if (d) q.speaker = takenUp(ctx, d, after) ?? after;
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
    if (described === q) describedEnd = q.end;
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
 * "A spokesman for the agency said the review would take weeks. He added …", "A police officer said the driver fled.
 * “…,” she said.": "he"/"she" in the sentence after a statement whose speaker is a person only described, by an
 * indefinite description (someone new, not one named before), takes up that
 * description (STATEMENTS.md: a pronoun that points to a description has it as its source), over a name the resolver
 * found before it, when no person is named between that statement and the pronoun (outside the quote) and the
 * description's noun is a person's of no other gender. True when it did.
 */
function takeUpPerson(ctx: Doc, q: Quote, before: Quote, end: number): boolean {
  const { toks, lex } = ctx;
  const sp = q.speaker!;
  const k = tokenAt(toks, sp.mention!.start);
  const g = lex.pronouns.get(toks[k]?.lw ?? "");
  const d = before.speaker!;
  const p = d.mention ? subjectPhraseAt(ctx, tokenAt(toks, d.mention.start)) : undefined;
  const head = p?.kind === "role" ? toks[p.role].lw : d.mentionText!.toLowerCase().split(/\s+/).pop() ?? "";
  const hg = lex.speakerNouns.has(head) ? lex.speakerNouns.get(head) : GENDERED_PEOPLE.get(head);
  // A definite description ("the former president", "The senator") stands for someone named before, whom the resolver found.
  if (!indefiniteAt(ctx, tokenAt(toks, d.mention!.start))) return false;
  if (g !== "m" && g !== "f" || !lex.speakerNouns.has(head) && !GENDERED_PEOPLE.has(head) || BODY_NOUNS.has(head) || /[^s]s$/.test(head) ||
    hg && hg !== g || sp.entity && entityById(ctx, sp.entity)?.kind !== "person") return false;
  let sentences = 0;
  for (let i = tokenAt(toks, end); i < k && sentences <= DESCRIBED_SENTENCES; i++) if (toks[i].sent) sentences++;
  if (sentences > DESCRIBED_SENTENCES) return false;
  const ms = ctx.ents.mentions;
  for (let i = firstMentionFrom(ctx, tokenAt(toks, end)); i < ms.length && ms[i].a < k; i++) {
    if (ms[i].entity.kind === "person" && !(ms[i].a >= tokenAt(toks, q.start) && ms[i].b <= tokenAt(toks, q.end))) return false;
  }
  const taken = takenUp(ctx, d, sp);
  if (!taken) return false;
  q.speaker = taken;
  return true;
}

/** How many modifiers may stand between an indefinite article and a description's first word ("A police officer"). */
const MODIFIERS = 2;

/** The description that starts at token a opens on an indefinite article, or follows one past a few lower-case words. */
function indefiniteAt(ctx: Doc, a: number): boolean {
  const { toks } = ctx;
  for (let k = a; k >= 0 && a - k <= MODIFIERS && toks[k].word; k--) {
    if (INDEFINITE.has(toks[k].lw)) return true;
    if (k < a && toks[k].cap && !toks[k].sent) return false;
  }
  return false;
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
