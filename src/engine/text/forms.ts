// The distinct written forms of the texts analysed, each sliced and described once: a word recurs
// many times in an article and across articles, and slicing, lower-casing (slow on texts with
// characters beyond Latin-1), the Unicode tests and the lexicon lookups cost more per occurrence
// than finding the form again by its characters.

/** What a token's characters alone decide (see Token in tokenize.ts). */
export interface Form {
  t: string;
  lw: string;
  word: boolean;
  cap: boolean;
  upper: boolean;
  /**
   * Which lexicon lists lw is on (quotes/word-bits.ts), remembered for the lexicon bitsFor: a cache
   * filled on first need, right whatever its state, since it depends on the characters alone.
   */
  bits: number;
  bitsFor: object | null;
  /** The entity passes' word-list bits of lw, by table (entities/list-bits.ts formTable's id): filled on first need. */
  lists: number[] | null;
  /** The bits of the entity passes' main table (entities/cues.ts entityLists), for the table entityFor: read on every token. */
  entity: number;
  entityFor: object | null;
  /**
   * The gazetteers' answers about t (lexicon/gazetteer-tables.ts memo, memoFlag), filled on first need: like
   * bits, a function of the characters alone, so never stale. Null until a lookup asks.
   */
  facts: FormFacts | null;
  /** The languages whose function word t is, as bits (text/lang.ts): -1 until asked, -2 when t is no plain word. */
  langs: number;
  /** What t says next to a period, as bits (text/sentences.ts periodBits): -1 until asked. */
  period: number;
}

/**
 * The gazetteers' answers about one form, in one small record of fixed shape: the yes/no questions as bits (one
 * read and a mask), the four whose answer is an object in fields of their own. Every question's answer depends
 * on the characters alone (a question that depends on the language is one question per language).
 */
export class FormFacts {
  /** Bit k: yes/no question k was asked (see memoFlag). */
  asked = 0;
  /** Bit k: its answer is yes. */
  yes = 0;
  /** Bit k: object question k was asked (see memo); its answer is in the field the question names. */
  held = 0;
  place: unknown = undefined;
  org: unknown = undefined;
  cue: unknown = undefined;
  event: unknown = undefined;
  /**
   * The answers of the questions with no field of their own (memo without a field: a table's own question, such as
   * entities/list-bits.ts ofForm), by question number; a remembered undefined is kept as a marker of memo's.
   */
  others: unknown[] | null = null;
}

/** The fields of FormFacts that hold an object answer. */
export type FactField = "place" | "org" | "cue" | "event";

/**
 * The hash of a form's characters: FNV-1a over the UTF-16 code units, from FORM_HASH_SEED, each unit mixed in as
 * h = Math.imul(h ^ unit, FORM_HASH_MUL). The tokenizer computes it while it scans a word (atHashed), so the
 * characters are read once to find the word's end and hash it, and once more only to confirm a match.
 */
export const FORM_HASH_SEED = 0x811c9dc5 | 0;
export const FORM_HASH_MUL = 0x01000193;

/**
 * Open addressing over a power-of-two table of slots of eight integers (index + 1 into forms, 0 = empty; the hash;
 * where the form's code units past the first INLINE start in the pool; how many units there are; the first INLINE
 * units, two to an integer), kept at most half full. A match is confirmed from the slot alone for a word of up to
 * INLINE units (most words), from the slot and the pool for a longer one: between two texts the other stages push
 * the table out of the processor's caches, and each array read on the way to a form is a miss (the slot's own read
 * was nearly half of the samples of the lookup, the pool's a quarter).
 */
export class FormTable {
  private slots = new Int32Array(SLOT * 1024);
  private pool = new Uint16Array(4096);
  private used = 0;
  private forms: Form[] = [];
  /** The form numbers of the single Latin-1 characters (punctuation, one-letter words), by code (-1: not yet seen): no probe. */
  private readonly latin1 = new Int32Array(256).fill(-1);

  constructor(private readonly describe: (t: string) => Form) {}

  /** How many distinct forms so far. */
  get size(): number {
    return this.forms.length;
  }

  /** The form of text[s, e), described on first sight. */
  at(text: string, s: number, e: number): Form {
    return this.forms[this.idOf(text, s, e, hashOf(text, s, e))];
  }

  /** The form of text[s, e), whose hash (see FORM_HASH_SEED) the caller computed while scanning it. */
  atHashed(text: string, s: number, e: number, h: number): Form {
    return this.forms[this.idOf(text, s, e, h)];
  }

  /**
   * Reads the slot of each of the first n hashes, and answers nothing useful: the reads are independent, so the
   * processor has many misses in flight at once, and the lookups that follow (idOf) find their slots in cache.
   */
  touchSlots(hashes: Int32Array, n: number): number {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    let x = 0;
    for (let k = 0; k < n; k++) x ^= slots[(spread(hashes[k]) << SLOT_SHIFT) & mask];
    return x;
  }

  /** Reads the form of each of the first n ids (touchSlots' habit, for the forms the tokens will read). */
  touchForms(ids: Int32Array, n: number): number {
    const forms = this.forms;
    let x = 0;
    for (let k = 0; k < n; k++) x ^= forms[ids[k]].period;
    return x;
  }

  /** The form of id (see idOf). */
  form(id: number): Form {
    return this.forms[id];
  }

  /**
   * The number of the form of text[s, e) (of hash h), in the order the forms were first seen: the tokenizer
   * looks every token's form up in one short loop, whose independent reads the processor overlaps.
   */
  idOf(text: string, s: number, e: number, h: number): number {
    if (e - s === 1) {
      const c = text.charCodeAt(s);
      if (c < 256) {
        const id = this.latin1[c];
        return id >= 0 ? id : (this.latin1[c] = this.probe(text, s, e, h));
      }
    }
    return this.probe(text, s, e, h);
  }

  private probe(text: string, s: number, e: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    let slot = (spread(h) << SLOT_SHIFT) & mask;
    for (;;) {
      const idx = slots[slot];
      if (idx === 0) break;
      if (slots[slot + 1] === h && slots[slot + 3] === e - s && this.same(slot, text, s, e)) return idx - 1;
      slot = (slot + SLOT) & mask;
    }
    // A long slice would keep the whole text alive (V8 shares the characters of slices of 13 or more);
    // the table outlives the text, so it keeps a copy.
    const f = this.describe(e - s < 13 ? text.slice(s, e) : copyOf(text.slice(s, e)));
    return this.add(f, h, slot, text, s, e);
  }

  /**
   * Whether the form of the slot holds text[s, e) (of the same length): its first INLINE code units are in the
   * slot itself, two to an integer, so that most words are confirmed without a read of the pool.
   */
  private same(slot: number, text: string, s: number, e: number): boolean {
    const slots = this.slots;
    const inline = Math.min(e, s + INLINE);
    let q = slot + 4;
    let j = s;
    for (; j + 1 < inline; j += 2) if (slots[q++] !== (text.charCodeAt(j) | text.charCodeAt(j + 1) << 16)) return false;
    if (j < inline && slots[q] !== text.charCodeAt(j++)) return false;
    if (j === e) return true;
    const pool = this.pool;
    let p = slots[slot + 2];
    for (; j < e; j++) if (pool[p++] !== text.charCodeAt(j)) return false;
    return true;
  }

  private add(f: Form, h: number, slot: number, text: string, s: number, e: number): number {
    const n = this.forms.length;
    while (this.used + e - s > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
    const slots = this.slots;
    slots[slot] = n + 1;
    slots[slot + 1] = h;
    slots[slot + 3] = e - s;
    for (let k = 0, j = s; k < INLINE >> 1; k++, j += 2) {
      slots[slot + 4 + k] = (j < e ? text.charCodeAt(j) : 0) | (j + 1 < e ? text.charCodeAt(j + 1) << 16 : 0);
    }
    // The pool holds what follows the inline units.
    slots[slot + 2] = this.used;
    for (let j = s + INLINE; j < e; j++) this.pool[this.used++] = text.charCodeAt(j);
    this.forms.push(f);
    if (2 * SLOT * (n + 1) > slots.length) this.rehash(slots.length * 2);
    return n;
  }

  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size);
    const mask = size - SLOT;
    for (let k = 0; k < old.length; k += SLOT) {
      if (old[k] === 0) continue;
      let slot = (spread(old[k + 1]) << SLOT_SHIFT) & mask;
      while (slots[slot] !== 0) slot = (slot + SLOT) & mask;
      slots.set(old.subarray(k, k + SLOT), slot);
    }
    this.slots = slots;
  }
}

/** Integers per slot of FormTable: SLOT = 1 << SLOT_SHIFT (32 bytes: a slot never spans two cache lines). */
const SLOT_SHIFT = 3;
const SLOT = 1 << SLOT_SHIFT;
/** Code units of a form kept in its slot, after the slot's four integers. */
const INLINE = 2 * (SLOT - 4);

/** The hash of text[s, e) (see FORM_HASH_SEED). */
export function hashOf(text: string, s: number, e: number): number {
  let h = FORM_HASH_SEED;
  for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), FORM_HASH_MUL);
  return h;
}

function grown(a: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(size);
  b.set(a);
  return b;
}

/** The high bits of the hash folded into the low ones that pick the slot. */
function spread(h: number): number {
  return h ^ (h >>> 15);
}

function copyOf(s: string): string {
  return (s + " ").slice(0, -1);
}
