// "selon des informations du Monde", "d'après un communiqué de la préfecture", "selon nos confrères de
// Sud Ouest": the source a channel noun (a statement, a piece of news, colleagues) leads to.
import { orgInfo } from "../../lexicon/gazetteer";
import { speakerOf, type Doc } from "../../quotes/doc";
import { resolveSubject } from "../../quotes/resolve/subject";
import { subjectPhraseAt } from "../../quotes/subject-phrase";
import type { Entity, Speaker } from "../../types";

/** What a source speaks through: "selon des informations du Monde", "selon un communiqué de Renault". */
const CHANNEL = new Set(["informations", "information", "communiqué", "déclaration", "propos", "courrier", "lettre",
  "message", "entretien", "interview", "tweet", "publication", "confrère", "confrères", "consœur", "consœurs"]);

/**
 * "selon des informations du Monde", "d'après un communiqué de la préfecture": the organisation or person
 * after the channel noun is the source. Its phrase runs to the next comma or the end of the name.
 */
export function channelOwner(ctx: Doc, j: number, v: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  let k = j;
  if (toks[k] && lex.determiners.has(toks[k].lw) || /^(?:des|nos|notre)$/.test(toks[k]?.lw ?? "")) k++;
  if (!toks[k] || !CHANNEL.has(toks[k].lw)) return undefined;
  const colleagues = /^con(?:frère|sœur)s?$/.test(toks[k].lw);
  k++;
  if (!/^(?:de|du|des|d')$/.test(toks[k]?.lw ?? "")) return undefined;
  k++;
  if (toks[k] && lex.determiners.has(toks[k].lw) && ctx.mentionAt[k] < 0 && !(colleagues && toks[k].cap)) {
    // "de la préfecture", "du ministère": a described body.
    const p = subjectPhraseAt(ctx, k);
    if (p && p.kind === "role") return resolveSubject(ctx, k, p, v);
    k++;
  }
  const mi = ctx.mentionAt[k] ?? -1;
  // "nos confrères du Parisien", "des informations du Monde": "du" is "de Le", the paper is "Le Parisien".
  const paper = toks[k]?.cap && toks[k - 1].lw === "du" ? `Le ${toks[k].t}` : "";
  if (paper && orgInfo(paper)?.kind === "media") {
    const entity = mi >= 0 ? ctx.ents.mentions[mi].entity.id : undefined;
    return { speaker: { entity, name: paper, mention: { start: toks[k].s, end: toks[k].e }, mentionText: toks[k].t }, end: k + 1 };
  }
  if (mi < 0 || ctx.ents.mentions[mi].a !== k || ctx.ents.mentions[mi].entity.kind === "place") {
    // "nos confrères de Sud Ouest": what colleagues write in is a medium, whatever the analysis made of its name.
    if (colleagues && toks[k]?.cap) return capitalRun(ctx, k);
    const p = subjectPhraseAt(ctx, k);
    return p && p.kind === "role" ? resolveSubject(ctx, k, p, v) : undefined;
  }
  const m = ctx.ents.mentions[mi];
  return { speaker: speakerOf(m.entity, ctx, m.a, m.b), end: m.b };
}

/**
 * "Un communiqué du ministère de l'Intérieur a indiqué que …": a description headed by a channel noun (token r)
 * whose complement names an organisation or a person, before the description ends (token end), speaks for it.
 */
export function channelHolder(ctx: Doc, r: number, end: number): Entity | undefined {
  const { toks, lex } = ctx;
  if (!CHANNEL.has(toks[r]?.lw ?? "") || !/^(?:de|du|des|d')$/.test(toks[r + 1]?.lw ?? "")) return undefined;
  let k = r + 2;
  if (toks[k] && lex.determiners.has(toks[k].lw) && ctx.mentionAt[k] < 0) k++;
  const mi = k < end ? ctx.mentionAt[k] : -1;
  const e = mi >= 0 ? ctx.ents.mentions[mi].entity : undefined;
  return e && (e.kind === "org" || e.kind === "person") ? e : undefined;
}

/** A medium named by a run of capitalised words at k ("Sud Ouest", "La Voix du Nord"): the name and its end. */
function capitalRun(ctx: Doc, k: number): { speaker: Speaker; end: number } {
  const { toks } = ctx;
  let e = k + 1;
  while (e < toks.length && e - k < 4 && toks[e].nl === 0 && (toks[e].cap || /^(?:du|de|des)$/.test(toks[e].lw) && toks[e + 1]?.cap)) e++;
  const mention = { start: toks[k].s, end: toks[e - 1].e };
  const name = ctx.text.slice(mention.start, mention.end);
  return { speaker: { name, mention, mentionText: name }, end: e };
}
