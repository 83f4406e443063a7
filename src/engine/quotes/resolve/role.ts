// Who a role description stands for: a person of the article whose role has its noun ("le ministre" →
// the minister named earlier), the organisation a definite noun takes up ("the agency", "le syndicat"),
// the holder of a periphrastic title ("le chef de l'État"), or (French) the one person just named.
import type { Entity } from "../../types";
import { firstMentionFrom, type Doc } from "../doc";
import { boundHolder } from "./references";
import { normApostrophe } from "../../lexicon/apostrophes";
import { INDEFINITE, DEFINITE_ROLE as DEFINITE, ORG_KINDS, BODY_HEADS, STATUS_MODIFIERS } from "../../lexicon/quote-words";

/** A person whose role shares the role noun at token k ("le ministre ..." → the minister named earlier). */
export function resolveRole(ctx: Doc, k: number, end: number): Entity | undefined {
  const noun = ctx.toks[k].lw;
  // "a former defense official" introduces someone; only a definite description takes a holder up.
  if (INDEFINITE.has(ctx.toks[k - 1]?.lw ?? "") || INDEFINITE.has(ctx.toks[k - 2]?.lw ?? "") && !ctx.toks[k - 1].cap) return undefined;
  // Only people whose role has this noun can score (the phrase starts with it).
  const holders = roleIndex(ctx).get(noun);
  if (!holders) return undefined;
  // The phrase as written ("de l'Économie" stays one word, as in the role), spaces and apostrophes normalised.
  const phrase = asRole(ctx.text.slice(ctx.toks[k].s, ctx.toks[end - 1].e));
  let best: Entity | undefined;
  let bestScore = 0;
  // "le Premier ministre" is not "le ministre de l'Économie": a rank before the noun must be in the role.
  const rank = /^premi[eè]re?$/.test(ctx.toks[k - 1]?.lw ?? "") ? ctx.toks[k - 1].lw : "";
  const at = ctx.toks[k].s;
  // "the presumptive GOP nominee, Jo Lee, tweeted": an apposition names the holder, whatever the role's words.
  const after = ctx.mentionAt[end + 1];
  const named = ctx.toks[end]?.t === "," && after >= 0 && ctx.ents.mentions[after].entity.kind === "person";
  let bestLast = -1;
  for (const { p, r } of holders) {
    if (p.mentions[0]?.start > at || rank && !r.includes(rank) || !named && contradicts(ctx, k, p.role!, r)) continue;
    // "the president" is the holder of "President" before the holder of "World Bank President".
    const score = r === phrase ? 4 : r.includes(phrase) ? 3 : 1;
    // Of two holders as good, the one named last before the description ("Rubio … the senator said", not Cruz named earlier).
    const last = lastMentionBefore(p, at);
    if (score > bestScore || score === bestScore && last > bestLast) { best = p; bestScore = score; bestLast = last; }
  }
  return best;
}

/** Where the last mention of person p before offset `at` starts (-1: none). */
function lastMentionBefore(p: Entity, at: number): number {
  let last = -1;
  for (const m of p.mentions) if (m.start < at && m.start > last) last = m.start;
  return last;
}

/**
 * "The Democratic presidential candidate" is not the holder of "Republican presidential candidate" (nor of a role the
 * article gave without its party): a capitalised modifier right before the role noun at k (after a determiner) that
 * the holder's role lacks. Nor is "the former president" the holder of a title written before the name ("President"):
 * a status modifier that such a role lacks (a role written in lower case may have lost it: "pollster"). `role` as written,
 * `r` its asRole (kept in the role index: not made again for every description and holder).
 */
function contradicts(ctx: Doc, k: number, role: string, r: string): boolean {
  const { toks } = ctx;
  for (let j = k - 1; j >= 0 && k - j <= 3 && toks[j].word && !ctx.lex.determiners.has(toks[j].lw); j--) {
    if (r.includes(toks[j].lw)) continue;
    if (toks[j].cap && !toks[j].sent || STATUS_MODIFIERS.has(toks[j].lw) && /^\p{Lu}/u.test(role)) return true;
  }
  return false;
}

/**
 * "le chef du CNS" for "le président du Conseil national syrien, X": a head noun whose complement names a
 * body (by any of its names) stands for the one person of the article whose role heads that body.
 */
function headOfBody(ctx: Doc, r: number, end: number): Entity | undefined {
  const { toks } = ctx;
  if (!BODY_HEADS.has(toks[r].lw) || INDEFINITE.has(toks[r - 1]?.lw ?? "")) return undefined;
  let body: Entity | undefined;
  for (let j = r + 1; j < end && !body; j++) if (ctx.mentionAt[j] >= 0 && ctx.ents.mentions[ctx.mentionAt[j]].entity.kind === "org") body = ctx.ents.mentions[ctx.mentionAt[j]].entity;
  if (!body) return undefined;
  const names = new Set([body.name, ...body.mentions.map((m) => m.text)].map(asRole));
  let found: Entity | undefined;
  for (const p of ctx.ents.people) {
    if (!p.role) continue;
    const role = asRole(p.role);
    if (!role.split(" ").some((w) => BODY_HEADS.has(w)) || ![...names].some((n) => role.includes(n))) continue;
    if (found && found !== p) return undefined;
    found = p;
  }
  return found;
}

/** A role or a description, compared as written: lower case, one space between words, one kind of apostrophe. */
const asRole = (s: string): string => normApostrophe(s.toLowerCase().replace(/\s+/g, " "));

/** Role word → the people whose role has it (in the people's order), built once per analysis. */
function roleIndex(ctx: Doc): Map<string, { p: Entity; r: string }[]> {
  let idx = ctx.roleIndex;
  if (!idx) {
    idx = new Map();
    for (const p of ctx.ents.people) {
      if (!p.role) continue;
      const r = asRole(p.role);
      // Only the role's title words index it: "the military" is not "a military spokesman". Each word once per
      // person (a word met again finds the person last on its list), read off the role without a split or a set.
      for (let a = 0; a <= r.length;) {
        let e = r.indexOf(" ", a);
        if (e < 0) e = r.length;
        const w = r.slice(a, e);
        a = e + 1;
        if (!Object.hasOwn(ctx.lex.data.roleNouns, w)) continue;
        const list = idx.get(w);
        if (!list) idx.set(w, [{ p, r }]);
        else if (list[list.length - 1].p !== p) list.push({ p, r });
      }
    }
    ctx.roleIndex = idx;
  }
  return idx;
}

const ORG_LOOKBACK = 40;
const ORG_WINDOW = 250;

/**
 * "the agency said" → the last organisation mentioned before token k whose name has that noun or one
 * of its kind ("the department" → "the State Department"); undefined when none fits.
 */
function orgAntecedent(ctx: Doc, k: number, r: number): Entity | undefined {
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

/**
 * A periphrasis for a title ("le chef de l'État", "le locataire de Matignon", "le garde des Sceaux")
 * stands for the person of the article who holds that title ("président de la République").
 */
export function aliasHolder(ctx: Doc, k: number, end: number): Entity | undefined {
  const aliases = ctx.lex.data.roleAliases;
  if (!aliases || !ctx.lex.determiners.has(ctx.toks[k].lw)) return undefined;
  const phrase = ctx.toks.slice(k + 1, end).map((t) => t.lw).join(" ").replace(/' /g, "'");
  const title = aliases[phrase];
  if (!title) return undefined;
  const head = title.split(" ")[0];
  let best: Entity | undefined;
  let bestScore = 0;
  for (const p of ctx.ents.people) {
    if (!p.role || (p.mentions[0]?.start ?? Infinity) > ctx.toks[k].s) continue;
    const r = p.role.toLowerCase();
    const score = r.includes(title) ? 2 : r.split(/\s+/).includes(head) ? 1 : 0;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

/** "The charity, Bright Path, said": an organisation named in an apposition of its own right after the description. */
function apposedOrg(ctx: Doc, end: number): Entity | undefined {
  const mi = ctx.toks[end]?.t === "," ? ctx.mentionAt[end + 1] ?? -1 : -1;
  const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
  return m && m.entity.kind === "org" && m.a === end + 1 && ctx.toks[m.b]?.t === "," ? m.entity : undefined;
}

/** The person or body the role description at tokens k (its start), `role` (its noun) and `end` stands for. */
export function describedEntity(ctx: Doc, k: number, role: number, end: number): Entity | undefined {
  // "le ministre chinois de la Défense s'est dit …" before "le ministre chinois de la Défense, Wei Fenghe": the role the article binds.
  return resolveRole(ctx, role, end) ?? apposedOrg(ctx, end) ?? boundHolder(ctx, k, end) ?? headOfBody(ctx, role, end) ?? orgAntecedent(ctx, k, role) ?? ctx.rules.orgTakeUp(ctx, k, role, end) ?? aliasHolder(ctx, k, end) ??
    ctx.rules.personTakeUp(ctx, k, role, end);
}

/**
 * The one person named from token k back over `sentences` sentence starts (and at most `maxBack` tokens): undefined
 * when nobody is, or when two people are. The take-ups of a bare description read it (lang/fr/take-up.ts, lang/en/take-up.ts).
 */
export function solePersonBefore(ctx: Doc, k: number, sentences: number, maxBack: number): Entity | undefined {
  const { toks } = ctx;
  let found: Entity | undefined;
  let starts = 0;
  for (let i = k - 1; i >= 0 && i >= k - maxBack && starts < sentences; i--) {
    if (toks[i].sent) starts++;
    const mi = ctx.mentionAt[i];
    if (mi < 0) continue;
    const e = ctx.ents.mentions[mi].entity;
    if (e.kind !== "person") continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}
