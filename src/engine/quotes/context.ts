// What the quote finders share: the tokens, the lexicon, the name mentions indexed by token,
// and the speaker resolution (names, pronouns, role descriptions, organisations).
import { mayHaveShape, type Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Entity, Speaker } from "../types";
import type { Clustered } from "../entities/cluster";
import { givenNameGender } from "../lexicon/gazetteer";
import { COMPLEMENT, RELATIVE, complementAt, partyThenPerson } from "./described-subject";
import { aliasHolder, soleOrgBefore } from "./french-sources";
import { definiteTakeUp, describedAntecedent } from "./take-up";
import { wordBits } from "./word-bits";

export interface Context {
  text: string;
  toks: Token[];
  lex: Lexicon;
  ents: Clustered;
  /** Token index → index into ents.mentions of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /**
   * Token index → 2 when the token is a reporting verb form, 1 when not, 0 not yet known: filled
   * lazily by isVerb (attribute.ts), which the finders call per token, often.
   */
  verbAt: Uint8Array;
  /** Token index → which lexicon lists its word is on (word-bits.ts), looked up once per distinct word. */
  bits: Uint8Array;
}

export function makeContext(text: string, toks: Token[], lex: Lexicon, ents: Clustered): Context {
  // A few slots past the last token read -1 too: rules look at "the token after" without a bounds check.
  const mentionAt = new Int32Array(toks.length + 4).fill(-1);
  ents.mentions.forEach((m, i) => { for (let k = m.a; k < m.b; k++) mentionAt[k] = i; });
  return { text, toks, lex, ents, mentionAt, verbAt: new Uint8Array(toks.length), bits: wordBits(toks, lex) };
}

const INVERSION = /^(.*?)-(?:t-)?(?:il|elle|ils|elles|on)$/;

/** A reporting verb form, or one with an inverted subject pronoun ("dit-il", "a-t-elle"). */
export function isVerbForm(lex: Lexicon, lw: string): boolean {
  if (mayHaveShape(lex.verbShapes, lw) && lex.verbForms.has(lw)) return true;
  // The inversion needs a hyphen: skip the regex for the (many) words without one.
  if (lw.indexOf("-") < 0) return false;
  const inv = INVERSION.exec(lw);
  return !!inv && lex.verbForms.has(inv[1]);
}

/** Index of the first name mention starting at or after token k (mentions are in text order). */
export function firstMentionFrom(ctx: Context, k: number): number {
  const ms = ctx.ents.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].a < k) lo = mid + 1; else hi = mid; }
  return lo;
}

export function speakerOf(entity: Entity, ctx: Context, a: number, b: number, pronoun = false): Speaker {
  const s = ctx.toks[a].s;
  const e = ctx.toks[b - 1].e;
  return { entity: entity.id, name: entity.name, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e), pronoun };
}

/** How far back a pronoun looks for its antecedent, in mentions and in tokens. */
const PRONOUN_MENTIONS = 40;
const PRONOUN_WINDOW = 120;

/**
 * The person a pronoun before token `before` stands for: among the last few compatible people,
 * the one in subject position ("Karen Wang says she …"), of the same known gender, and not a
 * possessive ("Parker's plea") wins over the merely nearest one.
 */
export function resolvePronoun(ctx: Context, before: number, gender: "m" | "f" | "pl" | "x", names = true): Entity | undefined {
  if (gender === "pl" || gender === "x") return undefined;
  // "Le ministre a jugé … . Interrogé par BFMTV, il a assuré …": the description, not a name further back.
  const described = describedAntecedent(ctx, before, gender);
  if (described) return described.entity;
  const ms = ctx.ents.mentions;
  const { toks } = ctx;
  const lo = firstMentionFrom(ctx, before);
  let best: Entity | undefined;
  let bestScore = -Infinity;
  const seen = new Set<string>();
  const shown = shownGenders(ctx);
  for (let i = lo - 1, n = 0; i >= 0 && n < PRONOUN_MENTIONS; i--, n++) {
    const m = ms[i];
    if (m.entity.kind !== "person") continue;
    const g = m.entity.gender || shown.get(m.entity);
    if (g && g !== gender) continue;
    // A given name listed one way ("she" is not "David Lametti"); epicene names exist, so when
    // nobody fits, the names are ignored (below).
    const ng: "m" | "f" | undefined = g || !names ? undefined : nameGender(m.entity);
    if (ng && ng !== gender) continue;
    if (best && before - m.a > PRONOUN_WINDOW) break;
    const rank = seen.size;
    if (!seen.has(m.entity.id)) seen.add(m.entity.id);
    else if (m.entity === best) continue;
    let score = -rank;
    if (g === gender || ng === gender) score += 1.5;
    if (inSubjectPosition(ctx, i)) score += 2;
    if (/['’]s$/.test(toks[m.b - 1].lw) || toks[m.b]?.t === "'" || toks[m.b]?.t === "’") score -= 2;
    if (score > bestScore) { best = m.entity; bestScore = score; }
    if (seen.size >= 4) break;
  }
  return best ?? (names ? resolvePronoun(ctx, before, gender, false) : undefined);
}

/** How far back a name looks for the comma that opened the apposition it would close. */
const APPOSITION = 25;

const QUOTE_MARKS = "\"“”«»„‹›";
/** A token that is one quote mark (a char test, not a regex: run on many tokens). */
export const isQuoteMark = (t: string) => t.length === 1 && QUOTE_MARKS.includes(t);
const GENDER_SCAN = 25;
const genders = new WeakMap<Context, Map<Entity, "m" | "f">>();

/**
 * A person's gender: the one the analysis knows (Mr./Mme, "la ministre"), else the one the text shows
 * when the person opens a clause and the first subject pronoun after it in the same sentence, with no
 * other person or quote mark between, is "he"/"she" ("Yuni, a resident of Lampung, was watching
 * television when she heard …"). Kept only when that evidence is one-sided (twice as many votes).
 */
export function genderOf(ctx: Context, e: Entity): "m" | "f" | undefined {
  return e.gender || shownGenders(ctx).get(e);
}

/** The genders the text shows for people with no known gender (see genderOf), built once per analysis. */
function shownGenders(ctx: Context): Map<Entity, "m" | "f"> {
  let map = genders.get(ctx);
  if (!map) {
    map = new Map();
    const votes = new Map<Entity, [number, number]>();
    const { toks, lex } = ctx;
    const ms = ctx.ents.mentions;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      if (m.entity.kind !== "person" || m.entity.gender || !inSubjectPosition(ctx, i)) continue;
      const stop = Math.min(toks.length, m.b + GENDER_SCAN);
      for (let k = m.b; k < stop; k++) {
        const t = toks[k];
        if (t.sent || isQuoteMark(t.t)) break;
        const mk = ctx.mentionAt[k];
        if (mk >= 0 && ms[mk].entity.kind === "person") break;
        const g = lex.pronouns.get(t.lw);
        if (!g) continue;
        if (g === "m" || g === "f") {
          const v = votes.get(m.entity) ?? [0, 0];
          v[g === "m" ? 0 : 1]++;
          votes.set(m.entity, v);
        }
        break;
      }
    }
    for (const [e2, [vm, vf]] of votes) {
      if (vm >= 2 * vf && vm > 0) map.set(e2, "m");
      else if (vf >= 2 * vm && vf > 0) map.set(e2, "f");
    }
    genders.set(ctx, map);
  }
  return map;
}

const subjectPositionsOf = new WeakMap<Context, Uint8Array>();

/**
 * subjectPosition of mention i, memoised per analysis (mention index → 2 yes, 1 no, 0 not yet known):
 * every pronoun asks about the same last few dozen mentions.
 */
function inSubjectPosition(ctx: Context, i: number): boolean {
  let memo = subjectPositionsOf.get(ctx);
  if (!memo) {
    memo = new Uint8Array(ctx.ents.mentions.length);
    subjectPositionsOf.set(ctx, memo);
  }
  if (memo[i] === 0) { const m = ctx.ents.mentions[i]; memo[i] = subjectPosition(ctx, m.a, m.b) ? 2 : 1; }
  return memo[i] === 2;
}

/** nameGender per entity: resolvePronoun asks for the same people at every pronoun. */
const nameGenderOf = new WeakMap<Entity, "m" | "f" | null>();

/** The gender of a given name listed only one way in the lexicon ("David" → m, "Julie" → f), from the first word of the name. */
export function nameGender(e: Entity): "m" | "f" | undefined {
  let g = nameGenderOf.get(e);
  if (g === undefined) {
    const first = e.name.split(/\s+/);
    g = (first.length > 1 ? givenNameGender(first[0]) : undefined) ?? null;
    nameGenderOf.set(e, g);
  }
  return g ?? undefined;
}

/** A name that opens its sentence (after a role or honorific) or that a verb follows. */
function subjectPosition(ctx: Context, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  let k = a;
  for (let n = 0; n < 4 && k > 0 && !toks[k].sent && toks[k - 1].word && (toks[k - 1].cap || lex.speakerNouns.has(toks[k - 1].lw)); n++) k--;
  if (toks[k].sent || toks[k].nl) return true;
  // "», a affirmé M. Erdogan": the subject after an inverted French reporting verb (and its honorific).
  const h = toks[k - 1]?.t === "." ? k - 2 : k - 1;
  const v = h >= 0 && lex.honorifics.has(toks[h].lw) ? h - 1 : k - 1;
  if (lex.lang === "fr" && v >= 0 && lex.verbForms.has(toks[v].lw)) return true;
  const next = toks[b];
  if (!next) return false;
  return lex.auxiliaries.has(next.lw) || lex.verbForms.has(next.lw) ||
    (next.t === "," && toks[b + 1]?.word === true && !toks[b + 1].cap && !inApposition(ctx, a));
}

/**
 * The name at token a closes another person's apposition ("Nick Sandmann, the student facing the
 * activist Nathan Phillips, has said"): a comma right after a person's name comes before it, in the
 * same sentence, with no verb between. Its own closing comma is then not its own subject's.
 */
function inApposition(ctx: Context, a: number): boolean {
  const { toks, lex } = ctx;
  for (let k = a - 1, n = 0; k > 0 && n < APPOSITION && !toks[k + 1].sent; k--, n++) {
    const t = toks[k];
    if (isQuoteMark(t.t) || lex.verbForms.has(t.lw) || lex.auxiliaries.has(t.lw)) return false;
    if (t.t !== ",") continue;
    const mi = ctx.mentionAt[k - 1];
    return mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" && ctx.ents.mentions[mi].entity !== ctx.ents.mentions[ctx.mentionAt[a]]?.entity;
  }
  return false;
}

const DEFINITE = new Set(["the", "le", "la", "l'", "this", "ce", "cet", "cette"]);
/** Nouns that name one kind of body: "the agency" may stand for "the State Department" (one list per kind). */
const ORG_KINDS = [
  ["agency", "department", "ministry", "office", "service", "agence", "ministère", "département", "office", "service"],
  ["company", "firm", "corporation", "corp", "inc", "ltd", "group", "entreprise", "société", "groupe"],
];
const ORG_LOOKBACK = 40;
const ORG_WINDOW = 250;

/**
 * "the agency said" → the last organisation mentioned before token k whose name has that noun or one
 * of its kind ("the department" → "the State Department"); undefined when none fits.
 */
function orgAntecedent(ctx: Context, k: number, r: number): Entity | undefined {
  if (!DEFINITE.has(ctx.toks[k].lw) || r !== k + 1) return undefined;
  const noun = ctx.toks[r].lw;
  const kinds = ORG_KINDS.find((g) => g.includes(noun)) ?? [noun];
  const ms = ctx.ents.mentions;
  const lo = firstMentionFrom(ctx, k);
  for (let i = lo - 1, n = 0; i >= 0 && n < ORG_LOOKBACK && k - ms[i].a < ORG_WINDOW; i--, n++) {
    const e = ms[i].entity;
    if (e.kind !== "org") continue;
    const words = e.name.toLowerCase().split(/[\s.]+/);
    // "the State Department", or the noun that introduced it: "la société Renault", "l'agence iranienne Mehr".
    const before = ctx.toks.slice(Math.max(0, ms[i].a - 2), ms[i].a).map((t) => t.lw);
    if (words.some((w) => kinds.includes(w)) || before.some((w) => kinds.includes(w))) return e;
  }
  return undefined;
}

/** Prepositions a description may not end on ("a resident of [Texas]"). */
const TRAILING = new Set(["of", "from", "in", "at", "for", "de", "du", "des", "d'", "à", "au", "aux", "en"]);

const INDEFINITE = new Set(["a", "an", "another", "one", "un", "une", "d'autres", "certains"]);

/** A person whose role shares the role noun at token k ("le ministre ..." → the minister named earlier). */
export function resolveRole(ctx: Context, k: number, end: number): Entity | undefined {
  const noun = ctx.toks[k].lw;
  // "a former defense official" introduces someone; only a definite description takes a holder up.
  if (INDEFINITE.has(ctx.toks[k - 1]?.lw ?? "") || INDEFINITE.has(ctx.toks[k - 2]?.lw ?? "") && !ctx.toks[k - 1].cap) return undefined;
  // Only people whose role has this noun can score (the phrase starts with it).
  const holders = roleIndex(ctx).get(noun);
  if (!holders) return undefined;
  const phrase = ctx.toks.slice(k, end).map((t) => t.lw).join(" ");
  let best: Entity | undefined;
  let bestScore = 0;
  // "le Premier ministre" is not "le ministre de l'Économie": a rank before the noun must be in the role.
  const rank = /^premi[eè]re?$/.test(ctx.toks[k - 1]?.lw ?? "") ? ctx.toks[k - 1].lw : "";
  for (const { p, r } of holders) {
    if (p.mentions[0]?.start > ctx.toks[k].s || rank && !r.includes(rank)) continue;
    const score = r.includes(phrase) ? 3 : 1;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

const roleIndexes = new WeakMap<Context, Map<string, { p: Entity; r: string }[]>>();

/** Role word → the people whose role has it (in the people's order), built once per analysis. */
function roleIndex(ctx: Context): Map<string, { p: Entity; r: string }[]> {
  let idx = roleIndexes.get(ctx);
  if (!idx) {
    idx = new Map();
    for (const p of ctx.ents.people) {
      if (!p.role) continue;
      const r = p.role.toLowerCase().replace(/\s+/g, " ");
      // Only the role's title words index it: "the military" is not "a military spokesman".
      for (const w of new Set(r.split(" "))) {
        if (!Object.hasOwn(ctx.lex.data.roleNouns, w)) continue;
        const list = idx.get(w);
        if (list) list.push({ p, r });
        else idx.set(w, [{ p, r }]);
      }
    }
    roleIndexes.set(ctx, idx);
  }
  return idx;
}

/** Prepositions that tie a person to the body they work for: "Jingyi Pan of IG", "Ana Díaz de l'INSEE". */
const AFFILIATION = new Set(["of", "at", "from", "with", "de", "du", "d'", "chez"]);

/**
 * After a person's name, "of/at/from ORG" (an organisation or place mention, optionally after "the")
 * still belongs to the subject: "Jingyi Pan of IG said" is Jingyi Pan's. Returns the token after it.
 */
export function affiliationEnd(ctx: Context, b: number): number {
  const { toks, lex } = ctx;
  if (!toks[b] || !AFFILIATION.has(toks[b].lw)) return b;
  let j = b + 1;
  if (toks[j] && lex.determiners.has(toks[j].lw) && ctx.mentionAt[j] < 0) j++;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi < 0) return b;
  const m = ctx.ents.mentions[mi];
  return m.entity.kind === "person" || m.a !== j ? b : m.b;
}

/**
 * Where the subject noun phrase starting at token k lies, before resolving who it stands for: a name
 * mention (index into ents.mentions), a pronoun (its gender), or a role description headed by the
 * noun at token `role`. Cheap, so callers that try several starts resolve only the one that fits.
 */
export type SubjectPhrase =
  | { kind: "mention"; mention: number; end: number }
  | { kind: "pronoun"; gender: "m" | "f" | "pl" | "x"; end: number }
  | { kind: "role"; role: number; end: number };

export function subjectPhraseAt(ctx: Context, k: number): SubjectPhrase | undefined {
  const { toks, lex } = ctx;
  const t = toks[k];
  if (!t) return undefined;
  // Honorific then name: "M. Wei", "Ms. Okafor".
  let j = k;
  if (lex.honorifics.has(t.lw) && ctx.mentionAt[k] < 0) j = toks[k + 1]?.t === "." ? k + 2 : k + 1;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi >= 0) {
    const m = ctx.ents.mentions[mi];
    return { kind: "mention", mention: mi, end: m.entity.kind === "person" ? affiliationEnd(ctx, m.b) : m.b };
  }
  const pr = lex.pronouns.get(t.lw);
  if (pr) return { kind: "pronoun", gender: pr, end: k + 1 };
  // Determiner + (adjectives) + role noun: "le ministre chinois de la Défense", "the minister".
  if (lex.determiners.has(t.lw) || lex.speakerNouns.has(t.lw) || t.cap) {
    // "l'agence iranienne Mehr News", "the Ontario health ministry": a name within a few words.
    if (lex.determiners.has(t.lw)) {
      for (let r = k + 1; r < k + 5 && toks[r]?.word && !COMPLEMENT.has(toks[r].lw); r++) {
        const mi = ctx.mentionAt[r];
        if (mi >= 0) {
          // "a Pentagon spokesman", "the Clinton campaign": a name that modifies the role noun after it.
          if (modifiesRole(ctx, ctx.ents.mentions[mi].b)) break;
          if (ctx.ents.mentions[mi].entity.kind !== "place") { const pi = partyThenPerson(ctx, mi); return { kind: "mention", mention: pi, end: ctx.ents.mentions[pi].b }; }
          break;
        }
      }
    }
    let r = lex.determiners.has(t.lw) ? k + 1 : k;
    for (let n = 0; n < 4 && toks[r] && !lex.speakerNouns.has(toks[r].lw); n++, r++) if (!toks[r].word) return undefined;
    if (!toks[r] || !lex.speakerNouns.has(toks[r].lw)) return undefined;
    // A compound head: "a party aide", "the campaign spokesman".
    while (lex.speakerNouns.has(toks[r + 1]?.lw ?? "") && r < k + 6) r++;
    let end = r + 1;
    // English puts only prepositional phrases after the head ("the spokesman for the ministry"), French also
    // adjectives ("le ministre chinois de la Défense"); a relative pronoun always ends it ("an aide who spoke …").
    if (lex.lang !== "en" || TRAILING.has(toks[end]?.lw ?? "")) {
      while (end < toks.length && end - r < 7 && toks[end].word && !lex.verbForms.has(toks[end].lw) &&
        (!lex.auxiliaries.has(toks[end].lw) || COMPLEMENT.has(toks[end].lw)) && !RELATIVE.has(toks[end].lw) && toks[end].nl === 0) {
        // "le porte-parole de la CGT", "le parquet de Paris": a name after "de"/"of" completes the description,
        // but a place after a descriptor is where the speaker lives ("a resident of Texas").
        const mi = ctx.mentionAt[end];
        if (mi >= 0 && (!complementAt(ctx, end) || ctx.ents.mentions[mi].entity.kind === "place" && !lex.roleNouns.has(toks[r].lw))) break;
        end = mi >= 0 ? Math.max(end + 1, ctx.ents.mentions[mi].b) : end + 1;
      }
    }
    // A name right after the role: "the minister, Wei Fenghe" is handled by the mention itself.
    // A place there is where the described source lives ("residents of Sumatra"), not who speaks.
    if (ctx.mentionAt[end] >= 0 && ctx.ents.mentions[ctx.mentionAt[end]].entity.kind !== "place") {
      const mi = partyThenPerson(ctx, ctx.mentionAt[end]);
      return { kind: "mention", mention: mi, end: ctx.ents.mentions[mi].b };
    }
    // "a resident of [Texas]": the description stops before a dangling preposition.
    while (end - 1 > r && TRAILING.has(toks[end - 1].lw)) end--;
    return { kind: "role", role: r, end };
  }
  return undefined;
}

/** Whether a role noun follows token b after at most two plain lower-case words ("the White House press secretary"). */
function modifiesRole(ctx: Context, b: number): boolean {
  const { toks, lex } = ctx;
  for (let n = b; n < b + 3 && toks[n]?.word && !toks[n].cap && !lex.auxiliaries.has(toks[n].lw) && !lex.verbForms.has(toks[n].lw); n++) {
    if (lex.speakerNouns.has(toks[n].lw)) return true;
  }
  return false;
}

/** Who the subject phrase p starting at token k stands for; a pronoun looks for its antecedent before token `before`. */
export function resolveSubject(ctx: Context, k: number, p: SubjectPhrase, before = k): { speaker: Speaker; end: number } {
  const { toks } = ctx;
  if (p.kind === "mention") {
    const m = ctx.ents.mentions[p.mention];
    return { speaker: speakerOf(m.entity, ctx, m.a, m.b), end: p.end };
  }
  const t = toks[k];
  if (p.kind === "pronoun") {
    const ent = resolvePronoun(ctx, before, p.gender);
    const sp: Speaker = ent ? speakerOf(ent, ctx, k, k + 1, true) : { name: null, mention: { start: t.s, end: t.e }, mentionText: t.t, pronoun: true };
    return { speaker: sp, end: p.end };
  }
  const ent = resolveRole(ctx, p.role, p.end) ?? orgAntecedent(ctx, k, p.role) ?? soleOrgBefore(ctx, k, p.role) ?? aliasHolder(ctx, k, p.end) ??
    definiteTakeUp(ctx, k, p.role, p.end);
  const s = t.s;
  const e = toks[p.end - 1].e;
  const sp: Speaker = ent ? { entity: ent.id, name: ent.name, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) }
    : { name: null, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) };
  return { speaker: sp, end: p.end };
}

/**
 * The speaker named by the noun phrase starting at token k (a name, a pronoun, "le ministre ...",
 * "the ministry"), and the token after it. Undefined when there is no subject there.
 */
export function subjectAt(ctx: Context, k: number, before = k): { speaker: Speaker; end: number } | undefined {
  const p = subjectPhraseAt(ctx, k);
  return p && resolveSubject(ctx, k, p, before);
}
