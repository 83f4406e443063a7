// The distinct written forms of one text, each sliced and described once: a word recurs many times
// in an article, and slicing, lower-casing (slow on texts with characters beyond Latin-1) and the
// Unicode tests cost more per occurrence than finding the form again by its characters.

/** What a token's characters alone decide (see Token in tokenize.ts). */
export interface Form {
  /** Index of the form in its table: 0, 1, 2… in order of first sight. */
  id: number;
  t: string;
  lw: string;
  word: boolean;
  cap: boolean;
  upper: boolean;
}

/** Open addressing over a power-of-two table; slot → index + 1 into forms (0 = empty). */
export class FormTable {
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  private forms: Form[] = [];

  constructor(private readonly describe: (t: string, id: number) => Form) {}

  /** How many distinct forms so far (ids run from 0 to size - 1). */
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
    const f = this.describe(text.slice(s, e), this.forms.length);
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

function sameChars(t: string, text: string, s: number, e: number): boolean {
  if (t.length !== e - s) return false;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}
