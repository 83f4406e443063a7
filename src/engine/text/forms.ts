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
  /**
   * The gazetteers' answers about t, one slot per lookup (lexicon/gazetteer-tables.ts formMemo), filled on
   * first need: like bits, a function of the characters alone, so never stale. Null until a lookup asks.
   */
  facts: unknown[] | null;
  /** The languages whose function word t is, as bits (text/lang.ts): -1 until asked, -2 when t is no plain word. */
  langs: number;
}

/** Open addressing over a power-of-two table; slot → index + 1 into forms (0 = empty). */
export class FormTable {
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private forms: Form[] = [];

  constructor(private readonly describe: (t: string) => Form) {}

  /** How many distinct forms so far. */
  get size(): number {
    return this.forms.length;
  }

  /** The form of text[s, e), described on first sight. */
  at(text: string, s: number, e: number): Form {
    let h = e - s;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const idx = this.slots[slot];
      if (idx === 0) break;
      const f = this.forms[idx - 1];
      if (this.hashes[idx - 1] === h && sameChars(f.t, text, s, e)) return f;
      slot = (slot + 1) & mask;
    }
    // A long slice would keep the whole text alive (V8 shares the characters of slices of 13 or more);
    // the table outlives the text, so it keeps a copy.
    const f = this.describe(e - s < 13 ? text.slice(s, e) : copyOf(text.slice(s, e)));
    this.add(f, h, slot);
    return f;
  }

  private add(f: Form, h: number, slot: number): void {
    const n = this.forms.length;
    if (n === this.hashes.length) { const grown = new Int32Array(n * 2); grown.set(this.hashes); this.hashes = grown; }
    this.forms.push(f);
    this.hashes[n] = h;
    this.slots[slot] = n + 1;
    // Kept at most half full, so probes stay short.
    if (2 * (n + 1) > this.slots.length) this.rehash(this.slots.length * 2);
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.forms.length; i++) {
      let slot = this.hashes[i] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
  }
}

function copyOf(s: string): string {
  return (s + " ").slice(0, -1);
}

function sameChars(t: string, text: string, s: number, e: number): boolean {
  if (t.length !== e - s) return false;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}
