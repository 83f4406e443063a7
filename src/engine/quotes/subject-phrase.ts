// Where a subject noun phrase lies, before anyone asks who it stands for: a name mention (after an
// honorific, or with its affiliation "of IG"), a pronoun, or a role description ("le ministre chinois de
// la Défense", "the spokesman for the ministry"). The resolvers (resolve/) bind the phrase to a person.
import type { Doc } from "./doc";
import { TRAILING, AFFILIATION, COMPLEMENT, RELATIVE } from "../lexicon/quote-words";

/**
 * After a person's name, "of/at/from ORG" (an organisation or place mention, optionally after "the")
 * still belongs to the subject: "Jingyi Pan of IG said" is Jingyi Pan's. Returns the token after it.
 */
export function affiliationEnd(ctx: Doc, b: number): number {
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

export function subjectPhraseAt(ctx: Doc, k: number): SubjectPhrase | undefined {
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
    // "l'agence iranienne Mehr News", "the Ontario health ministry": a name within a few words; not past
    // "à"/"qui", where the name is the addressee or a relative's ("un responsable à l'AFP" is the responsable).
    if (lex.determiners.has(t.lw)) {
      for (let r = k + 1; r < k + 5 && toks[r]?.word && !COMPLEMENT.has(toks[r].lw) && !RELATIVE.has(toks[r].lw); r++) {
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
    // Only modifiers stand between the determiner and the head: "that will make people think" is a clause, no phrase.
    for (let n = 0; n < 4 && toks[r] && !lex.speakerNouns.has(toks[r].lw); n++, r++) if (!toks[r].word || lex.auxiliaries.has(toks[r].lw)) return undefined;
    if (!toks[r] || !lex.speakerNouns.has(toks[r].lw)) return undefined;
    // A compound head: "a party aide", "the campaign spokesman".
    while (lex.speakerNouns.has(toks[r + 1]?.lw ?? "") && r < k + 6) r++;
    let end = r + 1;
    // English puts only prepositional phrases after the head ("the spokesman for the ministry"), French also
    // adjectives ("le ministre chinois de la Défense"); a relative pronoun always ends it ("an aide who spoke …").
    if (ctx.rules.adjectivesAfterNoun || TRAILING.has(toks[end]?.lw ?? "")) {
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
function modifiesRole(ctx: Doc, b: number): boolean {
  const { toks, lex } = ctx;
  for (let n = b; n < b + 3 && toks[n]?.word && !toks[n].cap && !lex.auxiliaries.has(toks[n].lw) && !lex.verbForms.has(toks[n].lw); n++) {
    if (lex.speakerNouns.has(toks[n].lw)) return true;
  }
  return false;
}

/** Whether the token at k follows a complement preposition (with an optional article): "de [la] CGT". */
export function complementAt(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  const p = toks[k - 1] && lex.determiners.has(toks[k - 1].lw) && !COMPLEMENT.has(toks[k - 1].lw) ? k - 2 : k - 1;
  return p >= 0 && COMPLEMENT.has(toks[p].lw);
}

/** "la députée LFI Mathilde Panot": an organisation right before a person's name is the person's party or employer. */
export function partyThenPerson(ctx: Doc, mi: number): number {
  const m = ctx.ents.mentions[mi];
  const next = ctx.mentionAt[m.b] ?? -1;
  return m.entity.kind === "org" && next >= 0 && ctx.ents.mentions[next].a === m.b && ctx.ents.mentions[next].entity.kind === "person" ? next : mi;
}
