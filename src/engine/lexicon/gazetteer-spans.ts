// Gazetteer answers about a name of several tokens, found by the tokens' forms instead of the name's string: a
// name of two words or more was sliced out of the text and hashed character by character at every lookup (the
// string memo's Map), for each question asked of it. Here a small trie keyed by the tokens' forms (objects: their
// hash is kept on them) and the space between them leads to the answers, one slot per question.
import type { Form } from "../text/forms";
import type { Word } from "./gazetteer-tables";
import { placeInfo, type PlaceInfo } from "./gazetteer-places";
import { orgInfo, type OrgInfo } from "./gazetteer-orgs";

/** A token as these lookups read it: where it starts, its text, its form. */
export interface SpanToken {
  s: number;
  t: string;
  form: Form;
}

/** The names that go on after a token, by the next token's form, and the answers for the name that ends here. */
class SpanNode {
  /** After one ASCII space. */
  spaced: Map<Form, SpanNode> | null = null;
  /** With nothing between ("Saint-Louis": "Saint", "-", "Louis"). */
  tight: Map<Form, SpanNode> | null = null;
  /** The answers for the name ending with this token, by question. */
  whole: unknown[] | null = null;
  /** For the name ending two code units before its end: a possessive "'s" left out. */
  clipped: unknown[] | null = null;
}

/** Nodes kept before the trie is emptied (the forms table starts afresh too, past its own limit). */
const NODE_LIMIT = 100_000;
let root = new Map<Form, SpanNode>();
let nodes = 0;
/** Questions asked through spanMemo, numbered: each one's answer index in a node's answers. */
let questions = 0;
const NONE: unique symbol = Symbol("none");

function child(level: Map<Form, SpanNode>, form: Form): SpanNode {
  let n = level.get(form);
  if (n === undefined) { n = new SpanNode(); level.set(form, n); nodes++; }
  return n;
}

/**
 * The answers of the name text.slice(toks[a].s, e) (e: the last token's end, or two code units before it), or null
 * when the tokens stand apart by anything but nothing or one ASCII space (then the string is the key). With no text,
 * of the tokens' texts joined by one space (e: the last token's end).
 */
function answersOf(toks: readonly SpanToken[], a: number, b: number, e: number, lastEnd: number, text: string | null): unknown[] | null {
  const clipped = e !== lastEnd;
  if (clipped && e !== lastEnd - 2) return null;
  if (nodes > NODE_LIMIT) { root = new Map(); nodes = 0; }
  let node = child(root, toks[a].form);
  for (let k = a + 1; k < b; k++) {
    const prev = toks[k - 1];
    const gap = text === null ? 1 : toks[k].s - prev.s - prev.t.length;
    let level: Map<Form, SpanNode>;
    if (gap === 0) level = node.tight ??= new Map();
    else if (gap === 1 && (text === null || text.charCodeAt(toks[k].s - 1) === 32)) level = node.spaced ??= new Map();
    else return null;
    node = child(level, toks[k].form);
  }
  return clipped ? (node.clipped ??= []) : (node.whole ??= []);
}

/** The name asked about: the text up to e, or with no text the tokens' texts of [a, b) joined by one space. */
function nameOf(toks: readonly SpanToken[], a: number, b: number, e: number, text: string | null): string {
  if (text !== null) return text.slice(toks[a].s, e);
  let name = toks[a].t;
  for (let k = a + 1; k < b; k++) name += " " + toks[k].t;
  return name;
}

type SpanLookup<T> = (toks: readonly SpanToken[], a: number, b: number, e: number, text: string) => T | undefined;
type WordsLookup<T> = (toks: readonly SpanToken[], a: number, b: number) => T | undefined;

/**
 * The word lookup `find` asked of the name text.slice(toks[a].s, e) that tokens [a, b) spell (spanned), or of their
 * texts joined by one space (words): a one-token name by its form, a longer one by its tokens' forms and the spaces
 * between (the same characters, so the same answer). The two share the trie: a name joined by spaces is the name the
 * text spells where one space stands between each two tokens.
 */
function spanMemo<T>(find: (word: Word) => T | undefined): { spanned: SpanLookup<T>; words: WordsLookup<T> } {
  const slot = questions++;
  const ask = (toks: readonly SpanToken[], a: number, b: number, e: number, text: string | null): T | undefined => {
    const last = toks[b - 1];
    const lastEnd = last.s + last.t.length;
    if (b - a === 1 && e === lastEnd) return find(last.form);
    const answers = answersOf(toks, a, b, e, lastEnd, text);
    if (answers === null) return find(nameOf(toks, a, b, e, text));
    let hit = answers[slot];
    if (hit === undefined) {
      const value = find(nameOf(toks, a, b, e, text));
      answers[slot] = hit = value === undefined ? NONE : value;
    }
    return hit === NONE ? undefined : hit as T;
  };
  return {
    spanned: (toks, a, b, e, text) => ask(toks, a, b, e, text),
    // (No tokens join into "", which no table holds.)
    words: (toks, a, b) => b > a ? ask(toks, a, b, toks[b - 1].s + toks[b - 1].t.length, null) : undefined,
  };
}

const places = spanMemo(placeInfo);
const orgs = spanMemo(orgInfo);

/** placeInfo of the name that tokens [a, b) spell up to e. */
export const placeInfoOf: SpanLookup<PlaceInfo> = places.spanned;

/** orgInfo of the name that tokens [a, b) spell up to e. */
export const orgInfoOf: SpanLookup<OrgInfo> = orgs.spanned;

/** placeInfo of the texts of tokens [a, b) joined by one space (`toks.slice(a, b).map((t) => t.t).join(" ")`). */
export const placeOfWords: WordsLookup<PlaceInfo> = places.words;

/** orgInfo of the texts of tokens [a, b) joined by one space. */
export const orgOfWords: WordsLookup<OrgInfo> = orgs.words;
