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
 * Open addressing over a power-of-two table of slots of four integers (index + 1 into forms, 0 = empty; the hash;
 * where the form's characters start in the pool of code units; how many there are), kept at most half full. A
 * match is confirmed from the slot and the pool alone: between two texts the other stages push the table out of
 * the processor's caches, and each array read on the way to a form is a miss (a separate array of pool starts
 * was one in seven of the samples of atHashed; the slot's own read is nearly half).
 */
export class FormTable {
  private slots = new Int32Array(SLOT * 1024);
  private pool = new Uint16Array(4096);
  private used = 0;
  private forms: Form[] = [];
  /** The forms of the single Latin-1 characters (punctuation, one-letter words), by code: no hash, no probe. */
  private readonly latin1: (Form | undefined)[] = new Array<Form | undefined>(256).fill(undefined);

  constructor(private readonly describe: (t: string) => Form) {}

  /** How many distinct forms so far. */
  get size(): number {
    return this.forms.length;
  }

  /** The form of text[s, e), described on first sight. */
  at(text: string, s: number, e: number): Form {
    if (e - s === 1) {
      const c = text.charCodeAt(s);
      if (c < 256) return this.latin1[c] ?? this.single(text, s, c);
    }
    let h = FORM_HASH_SEED;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), FORM_HASH_MUL);
    return this.atHashed(text, s, e, h);
  }

  /** The form of text[s, e), whose hash (see FORM_HASH_SEED) the caller computed while scanning it. */
  atHashed(text: string, s: number, e: number, h: number): Form {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    let slot = (spread(h) << SLOT_SHIFT) & mask;
    for (;;) {
      const idx = slots[slot];
      if (idx === 0) break;
      if (slots[slot + 1] === h && slots[slot + 3] === e - s && this.same(slots[slot + 2], text, s, e)) return this.forms[idx - 1];
      slot = (slot + SLOT) & mask;
    }
    // A long slice would keep the whole text alive (V8 shares the characters of slices of 13 or more);
    // the table outlives the text, so it keeps a copy.
    const f = this.describe(e - s < 13 ? text.slice(s, e) : copyOf(text.slice(s, e)));
    this.add(f, h, slot, text, s, e);
    return f;
  }

  /** Whether the pool from p holds text[s, e) (of the same length). */
  private same(p: number, text: string, s: number, e: number): boolean {
    const pool = this.pool;
    for (let j = s; j < e; j++) if (pool[p++] !== text.charCodeAt(j)) return false;
    return true;
  }

  private single(text: string, s: number, c: number): Form {
    return (this.latin1[c] = this.atHashed(text, s, s + 1, Math.imul(FORM_HASH_SEED ^ c, FORM_HASH_MUL)));
  }

  private add(f: Form, h: number, slot: number, text: string, s: number, e: number): void {
    const n = this.forms.length;
    while (this.used + e - s > this.pool.length) this.pool = grown(this.pool, this.pool.length * 2);
    const slots = this.slots;
    slots[slot] = n + 1;
    slots[slot + 1] = h;
    slots[slot + 2] = this.used;
    slots[slot + 3] = e - s;
    for (let j = s; j < e; j++) this.pool[this.used++] = text.charCodeAt(j);
    this.forms.push(f);
    if (2 * SLOT * (n + 1) > slots.length) this.rehash(slots.length * 2);
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

/** Integers per slot of FormTable: SLOT = 1 << SLOT_SHIFT. */
const SLOT_SHIFT = 2;
const SLOT = 1 << SLOT_SHIFT;

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
