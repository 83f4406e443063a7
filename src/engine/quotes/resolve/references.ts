// Roles bound across the article: a description that an apposition or a title binds to one person
// ("le ministre chinois de la Défense, Wei Fenghe") stands for that person wherever it is written in full,
// also before the name first appears ("le ministre chinois de la Défense s'est dit favorable …" two
// paragraphs before). Each such description is a reference of the person (Entity.references).
import type { Entity, Reference } from "../../types";
import type { Doc } from "../doc";
import { subjectPhraseAt } from "../subject-phrase";
import { DEFINITE } from "../../lexicon/quote-words";

/** A role as written, normalised for comparison: lower case, single spaces, no space after an apostrophe. */
function normalRole(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").replace(/' /g, "'").trim();
}

/** Normalised full role → the one person it is bound to (null when two people share it), built once per analysis. */
function boundRoles(ctx: Doc): Map<string, Entity | null> {
  return ctx.boundRoles ??= buildBoundRoles(ctx.ents.people);
}

function buildBoundRoles(people: Entity[]): Map<string, Entity | null> {
  const m = new Map<string, Entity | null>();
  for (const p of people) {
    if (!p.role) continue;
    const r = normalRole(p.role);
    // A bare noun ("ministre") binds nobody across the article: only a role with its complement is a name-like description.
    if (!r.includes(" ")) continue;
    m.set(r, m.has(r) && m.get(r) !== p ? null : p);
  }
  return m;
}

/**
 * The person a definite description at tokens [k, end) stands for because the article binds exactly
 * that role to exactly that person (k: the determiner), wherever the name first appears.
 */
export function boundHolder(ctx: Doc, k: number, end: number): Entity | undefined {
  const { toks } = ctx;
  if (!DEFINITE.has(toks[k]?.lw ?? "") || end <= k + 2) return undefined;
  const roles = boundRoles(ctx);
  if (!roles.size) return undefined;
  return roles.get(normalRole(ctx.text.slice(toks[k + 1].s, toks[end - 1].e))) ?? undefined;
}

/** Every description of the article bound to a person (boundHolder), in text order, built once per analysis. */
export function roleReferences(ctx: Doc): Reference[] {
  let refs = ctx.references;
  if (!refs) {
    refs = [];
    const { toks } = ctx;
    if (boundRoles(ctx).size) {
      for (let k = 0; k < toks.length; k++) {
        if (!DEFINITE.has(toks[k].lw)) continue;
        const p = subjectPhraseAt(ctx, k);
        if (p?.kind !== "role") continue;
        const e = boundHolder(ctx, k, p.end);
        if (!e) continue;
        const start = toks[k].s;
        const stop = toks[p.end - 1].e;
        refs.push({ start, end: stop, text: ctx.text.slice(start, stop), person: e.name });
        k = p.end - 1;
      }
    }
    ctx.references = refs;
  }
  return refs;
}

/** Gives each person the references bound to them (Entity.references), leaving the name mentions as they are. */
export function bindReferences(ctx: Doc, people: Entity[]): void {
  const refs = roleReferences(ctx);
  if (!refs.length) return;
  const byName = new Map(people.map((p) => [p.name, p]));
  for (const r of refs) {
    const p = byName.get(r.person);
    if (p) (p.references ??= []).push(r);
  }
}
