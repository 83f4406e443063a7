// Roles bound across the article: a description that an apposition or a title binds to one person
// ("le ministre chinois de la Défense, Wei Fenghe") stands for that person wherever it is written in full,
// also before the name first appears ("le ministre chinois de la Défense s'est dit favorable …" two
// paragraphs before). Each such description is a reference of the person (Entity.references).
import type { Entity, Reference } from "../../types";
import type { Doc } from "../doc";
import { subjectPhraseAt } from "../subject-phrase";
import { DEFINITE_WORD } from "../word-bits";
import { isSpaceCode } from "../../text/chars";

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
  if ((ctx.facts[k] & DEFINITE_WORD) === 0 || end <= k + 2) return undefined;
  const roles = boundRoles(ctx);
  if (!roles.size) return undefined;
  const { text, toks } = ctx;
  const s = toks[k + 1].s;
  const e = toks[end - 1].e;
  // The phrase is compared with each bound role as it is read, with no string built, until one differs or is equal.
  for (const [role, p] of roles) {
    const same = sameRole(text, s, e, role);
    if (same === 1) return p ?? undefined;
    if (same < 0) return roles.get(normalRole(text.slice(s, e))) ?? undefined;
  }
  return undefined;
}

/**
 * Whether normalRole(text[s, e)) is `role`: 1 yes, 0 no, read char by char; -1 when a character beyond Latin-1 (whose
 * lower case may depend on its neighbours) or white space at an end comes before the answer.
 */
function sameRole(text: string, s: number, e: number, role: string): number {
  if (isSpaceCode(text.charCodeAt(s)) || isSpaceCode(text.charCodeAt(e - 1))) return -1;
  let j = 0;
  let last = -1;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      while (i + 1 < e && isSpaceCode(text.charCodeAt(i + 1))) i++;
      // One space for a run of white space, none after an apostrophe.
      if (last === 39) continue;
      c = 32;
    } else {
      c = roleUnit(c);
      if (c < 0) return -1;
    }
    if (j >= role.length || role.charCodeAt(j) !== c) return 0;
    j++;
    last = c;
  }
  return j === role.length ? 1 : 0;
}

/**
 * The code unit of a role that the text's code unit c (no white space) stands for: lower case, "’" as "'"; -1 beyond
 * Latin-1, whose lower case may depend on its neighbours.
 */
function roleUnit(c: number): number {
  if (c === 0x2019) return 39;
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  if (c > 0xff) return -1;
  return c <= 0xde && c !== 0xd7 ? c + 32 : c;
}

/** Every description of the article bound to a person (boundHolder), in text order, built once per analysis. */
export function roleReferences(ctx: Doc): Reference[] {
  let refs = ctx.references;
  if (!refs) {
    refs = [];
    const { toks, facts, text } = ctx;
    const roles = boundRoles(ctx);
    if (roles.size) {
      // A description whose first letter starts no bound role binds nobody (boundHolder compares from that letter):
      // its phrase is not read.
      const firsts = new Set<number>();
      for (const r of roles.keys()) firsts.add(r.charCodeAt(0));
      for (let k = 0; k < toks.length; k++) {
        if ((facts[k] & DEFINITE_WORD) === 0) continue;
        const first = k + 1 < toks.length ? roleUnit(text.charCodeAt(toks[k + 1].s)) : 0;
        if (first >= 0 && !firsts.has(first)) continue;
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
