// French press take-ups: a bare definite role noun stands for the person just named, "le syndicat" for
// the union just named, and "il" for the description that opened the sentence before. Reached through the
// French hooks (lang/fr/index.ts) from the resolvers (quotes/resolve/role.ts, pronoun.ts).
//
// A bare definite role noun:
//   « Pour Laurent Berger, « le compte n'y est pas ». Le syndicaliste a dénoncé « un passage en force ». »
// "Le syndicaliste" is Laurent Berger. Strict, because binding words to the wrong person is worse than
// showing the description: only a singular "le/la/l' + noun" with nothing after it, a noun the article
// has not used before (else the earlier "un syndicaliste" is who it means), and exactly one person
// named in this sentence and the one before, of a compatible gender.
import { isDemonym, orgInfo } from "../../lexicon/gazetteer";
import { firstMentionFrom, type Doc } from "../../quotes/doc";
import { genderOf, nameGender } from "../../quotes/resolve/gender";
import { describedEntity, solePersonBefore } from "../../quotes/resolve/role";
import { subjectPhraseAt } from "../../quotes/subject-phrase";
import type { Entity } from "../../types";

const DEFINITE: Record<string, "m" | "f" | undefined> = { le: "m", la: "f", "l'": undefined };
/** How many sentence starts back the person may be named (this sentence and the previous one). */
const SENTENCES_BACK = 2;

/** How many tokens back the person may stand, whatever the sentences (a bound on a text with no sentence ends). */
const MAX_BACK = 120;

/**
 * The first token index of the word `lw`, used at token r: found by a scan that stops there at the latest, once per
 * distinct word asked (speaker nouns, a bounded list), and kept in the document. (A map of every word of the text,
 * built for the few nouns asked, cost more than the whole take-up.)
 */
function firstUse(ctx: Doc, lw: string, r: number): number {
  const m = ctx.firstUse ??= new Map();
  let first = m.get(lw);
  if (first === undefined) {
    const toks = ctx.toks;
    first = 0;
    while (first < r && toks[first].lw !== lw) first++;
    m.set(lw, first);
  }
  return first;
}

/** The person the description "det noun" (tokens k, r; the phrase ends at `end`) takes up, if any. */
export function definiteTakeUp(ctx: Doc, k: number, r: number, end: number): Entity | undefined {
  const { toks, lex } = ctx;
  // "le président américain": a nationality adjective after the noun still takes up the person just named.
  const nationality = end === r + 2 && !toks[r + 1].cap && isDemonym(toks[r + 1].form);
  if (r !== k + 1 || end !== r + 1 && !nationality || !Object.hasOwn(DEFINITE, toks[k].lw)) return undefined;
  const noun = toks[r].lw;
  if (!lex.speakerNouns.has(noun) || noun.endsWith("s") || lex.data.sourceNouns.includes(noun)) return undefined;
  const want = DEFINITE[toks[k].lw] ?? lex.speakerNouns.get(noun);
  // "Le maire, Jean-Paul Castan, …": the name in apposition says who it is.
  const next = ctx.mentionAt[end + 1] ?? -1;
  if (toks[end]?.t === "," && next >= 0 && ctx.ents.mentions[next].entity.kind === "person") return undefined;
  // The noun used earlier in the article ("un syndicaliste … le syndicaliste") means that one.
  if (firstUse(ctx, noun, r) < r) return undefined;
  const found = solePersonBefore(ctx, k, SENTENCES_BACK, MAX_BACK);
  if (!found) return undefined;
  const g = genderOf(ctx, found) ?? nameGender(ctx, found);
  return want && g && g !== want ? undefined : found;
}

/** Nouns that stand for an organisation already named: "le syndicat", "la fédération", "le parti". */
const ORG_NOUNS = new Set(["syndicat", "parti", "fédération", "confédération", "association", "mouvement", "collectif",
  "organisation", "groupe", "entreprise", "société", "formation", "ong", "club", "institut", "banque", "compagnie", "constructeur",
  "institution", "agence", "observatoire"]);
const COMPANY_NOUNS = new Set(["entreprise", "société", "groupe", "banque", "compagnie", "constructeur"]);
/** Nouns that stand for a public body: "selon l'Insee. L'institut a précisé …". */
const PUBLIC_NOUNS = new Set(["institut", "institution", "agence", "observatoire"]);
/** Nouns that stand for a non-governmental body of any kind the gazetteer files: "Amnesty International … L'organisation a affirmé". */
const NGO_NOUNS = new Set(["organisation", "ong", "association"]);
/** How far back (characters) the organisation a definite noun stands for may be named. */
const ORG_BACK = 300;

/**
 * "Arnaud Rousseau, président de la FNSEA, … Le syndicat appelle à …": a definite organisation noun
 * stands for the organisation named just before when it is the only one named in that stretch.
 */
export function soleOrgBefore(ctx: Doc, k: number, r: number): Entity | undefined {
  const { toks, lex } = ctx;
  if (r !== k + 1 || !/^(?:le|la|l')$/.test(toks[k].lw) || !ORG_NOUNS.has(toks[r].lw)) return undefined;
  const ms = ctx.ents.mentions;
  let found: Entity | undefined;
  // The gazetteer files unions and employers' bodies with the parties.
  const want = COMPANY_NOUNS.has(toks[r].lw) ? "company" : PUBLIC_NOUNS.has(toks[r].lw) ? "gov" : "party";
  for (let i = firstMentionFrom(ctx, k) - 1; i >= 0 && toks[k].s - ms[i].s < ORG_BACK; i--) {
    const e = ms[i].entity;
    // A medium, a government body or another kind of organisation is not what the noun stands for.
    const kind = e.kind === "org" ? orgInfo(e.name)?.kind ?? "other" : "";
    if (kind !== want && kind !== "other" && !(kind === "intl" && NGO_NOUNS.has(toks[r].lw)) || lex.roleNouns.has(e.name.toLowerCase())) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/** How far back (tokens) the sentence starts are looked for. */
const SENTENCE_SCAN = 80;

/**
 * French press: "Le ministre de l'Économie a jugé … . Interrogé par BFMTV, il a assuré …": with nobody
 * named in this sentence before the pronoun nor in the one before, and the one before opening on a
 * singular description of the pronoun's gender, "il" is that description. Returns { entity } (the
 * person the description takes up, or none: the pronoun stays unresolved rather than bound to a person
 * named further back), or undefined when the rule does not apply.
 */
export function describedAntecedent(ctx: Doc, before: number, gender: "m" | "f"): { entity?: Entity } | undefined {
  const { toks, lex } = ctx;
  let s = Math.min(before, toks.length - 1);
  while (s > 0 && before - s < SENTENCE_SCAN && !toks[s].sent) s--;
  if (s <= 0 || !toks[s].sent) return undefined;
  let prev = s - 1;
  while (prev > 0 && s - prev < SENTENCE_SCAN && !toks[prev].sent) prev--;
  if (!toks[prev].sent && prev !== 0) return undefined;
  // Nobody named from the previous sentence's start up to the pronoun.
  const ms = ctx.ents.mentions;
  for (let i = firstMentionFrom(ctx, prev); i < ms.length && ms[i].a < before; i++) if (ms[i].entity.kind === "person") return undefined;
  const p = subjectPhraseAt(ctx, prev);
  if (!p || p.kind !== "role" || !(toks[prev].lw in DEFINITE)) return undefined;
  const noun = toks[p.role].lw;
  if (noun.endsWith("s") || !lex.roleNouns.has(noun)) return undefined;
  const g = DEFINITE[toks[prev].lw] ?? lex.speakerNouns.get(noun);
  if (g && g !== gender) return undefined;
  const d = describedEntity(ctx, prev, p.role, p.end);
  const e = d ? ms.find((m) => m.entity.id === d.id)?.entity : undefined;
  return { entity: e };
}
