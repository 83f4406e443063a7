// The document the quote finders share: the text, its tokens, the language's lexicon, the name mentions
// indexed by token, and the per-token word bits. It imports no rule: every reader and resolver depends on it.
import type { Clustered } from "../entities/cluster";
import type { LangRules } from "../lang/rules";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Entity, Reference, Span, Speaker } from "../types";
import { tokenFacts } from "./word-bits";
import { QUOTE_MARKS } from "./quote-marks";

export interface Doc {
  text: string;
  toks: Token[];
  lex: Lexicon;
  ents: Clustered;
  /** Token index → index into ents.mentions of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /**
   * Token index → which lexicon lists its word is on (word-bits.ts VERBISH … FRAME_ONLY), looked up once per distinct
   * word: the same array as facts, read through those bits' mask.
   */
  bits: Int32Array;
  /** Token index → the report finders' bits and the readers' other word facts (word-bits.ts VERB_FORM, DETERMINER …). */
  facts: Int32Array;
  /** The language's hooks (lang/rules.ts): the finders call them instead of testing the language. */
  rules: LangRules;

  // Lazy layers: each is built on first use by the function named, from the layers above, then kept
  // here for the rest of the analysis (nothing is cached outside the document).
  /** Token index → 1 when the token is a reporting verb form here, 2 when not, 0 not asked yet (verbs.ts isVerb). */
  verbs?: Uint8Array;
  /** Mention index → 2 when the mention stands in subject position, 1 when not, 0 not yet asked (resolve/gender.ts inSubjectPosition). */
  subjectPositions?: Uint8Array;
  /** The genders the text shows for people it gives none (resolve/gender.ts shownGenders). */
  shownGenders?: Map<Entity, "m" | "f">;
  /** Per person, the gender of a given name listed one way only, or null (resolve/gender.ts nameGender). */
  nameGenders?: Map<Entity, "m" | "f" | null>;
  /** Role word → the people whose role has it, in the people's order (resolve/role.ts roleIndex). */
  roleIndex?: Map<string, { p: Entity; r: string }[]>;
  /** Each word's first token index (lang/fr/take-up.ts firstUse). */
  firstUse?: Map<string, number>;
  /** Each name's last word → the first person (then organisation) whose name ends with it (lang/en/loose.ts lastWordIndex). */
  lastWords?: Map<string, Entity>;
  /** Person id → person (turns-scene.ts peopleById). */
  peopleById?: Map<string, Entity>;
  /** Per one-word name, whether it can be a character of fiction (turns-scene.ts plausible). */
  plausibleNames?: Map<Entity, boolean>;
  /** Normalised full role → the one person the article binds it to, or null when shared (resolve/references.ts boundRoles). */
  boundRoles?: Map<string, Entity | null>;
  /** The descriptions bound to a person, in text order (resolve/references.ts roleReferences). */
  references?: Reference[];
  /** Entity id → person or organisation (doc.ts entityById). */
  entitiesById?: Map<string, Entity>;
  /** Per direct quote, whether it is a scare quote (index.ts isScare, asked up to three times per quote). */
  scareQuotes?: Map<Span, boolean>;
  /** Token index → the index of the first token of its sentence (sentences.ts sentenceStartsOf). */
  sentenceStarts?: Int32Array;
  /** Tokens read back by sentences.ts sentenceStartAt before that layer is made (it is made once they reach the token count). */
  sentenceReads: number;
  /** Whether the text narrates in the simple past, as fiction does, not the press (french.ts narrates). */
  narration?: boolean;
}

export function makeDoc(text: string, toks: Token[], lex: Lexicon, ents: Clustered, rules: LangRules): Doc {
  // A few slots past the last token read -1 too: rules look at "the token after" without a bounds check.
  const n = toks.length;
  const mentionAt = new Int32Array(n + 4).fill(-1);
  const ms = ents.mentions;
  for (let i = 0; i < ms.length; i++) for (let k = ms[i].a; k < ms[i].b; k++) mentionAt[k] = i;
  // One array for both: the report finders' bits are the low byte of the facts (masked wherever they are read).
  const facts = tokenFacts(toks, lex);
  return { text, toks, lex, ents, mentionAt, bits: facts, facts, rules, verbs: undefined, subjectPositions: undefined,
    shownGenders: undefined, nameGenders: undefined, roleIndex: undefined, firstUse: undefined, lastWords: undefined,
    peopleById: undefined, plausibleNames: undefined, boundRoles: undefined, references: undefined, entitiesById: undefined,
    scareQuotes: undefined, sentenceStarts: undefined, sentenceReads: 0, narration: undefined };
}

/** Index of the first name mention starting at or after token k (mentions are in text order). */
export function firstMentionFrom(ctx: Doc, k: number): number {
  const ms = ctx.ents.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].a < k) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The person or organisation with this id, or undefined (a described source has none). */
export function entityById(ctx: Doc, id: string | undefined): Entity | undefined {
  if (!id) return undefined;
  let m = ctx.entitiesById;
  if (!m) {
    m = new Map();
    for (const e of ctx.ents.people) m.set(e.id, e);
    for (const e of ctx.ents.orgs) m.set(e.id, e);
    ctx.entitiesById = m;
  }
  return m.get(id);
}

export function speakerOf(entity: Entity, ctx: Doc, a: number, b: number, pronoun = false): Speaker {
  const s = ctx.toks[a].s;
  const e = ctx.toks[b - 1].e;
  return { entity: entity.id, name: entity.name, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e), pronoun };
}

/** A described speaker (no entity) over the text from char offset s to e: "a source close to the talks". */
export function describedSpeaker(ctx: Doc, s: number, e: number): Speaker {
  return { name: null, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) };
}

/** A token that is one quote mark (a char test, not a regex: run on many tokens). */
export const isQuoteMark = (t: string) => t.length === 1 && QUOTE_MARKS.includes(t);
