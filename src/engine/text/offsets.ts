// Offset → token index for the token lists tokenize returns: the quote finders ask several times per
// quote which token starts at or after an offset. A binary search over the token objects took ~9 %
// of the quote stage (18 unpredictable branches and scattered reads per call); the start offsets in
// one typed array, with the first token of every 64-character block, answer with a short scan.

const BLOCK_BITS = 6;

interface OffsetIndex {
  /** Token index → its start offset. */
  starts: Int32Array;
  /** Block b → index of the first token starting at or after b × 64 (the token count past the last start). */
  blocks: Int32Array;
}

const indexes = new WeakMap<readonly { s: number }[], OffsetIndex>();

/**
 * Builds the index while the tokenizer makes the tokens, one start at a time in text order, so that no second
 * pass reads the starts back from the token objects.
 */
export class OffsetIndexBuilder {
  private starts: Int32Array;
  private readonly blocks: Int32Array;
  private n = 0;
  /** The first block not yet given its token. */
  private block = 0;

  /** textLength bounds every start; expected is a guess at the number of tokens (the array grows past it). */
  constructor(textLength: number, expected: number) {
    this.starts = new Int32Array(Math.max(16, expected));
    this.blocks = new Int32Array((textLength >> BLOCK_BITS) + 2);
  }

  /** The next token starts at s (never before the previous one). */
  add(s: number): void {
    const n = this.n;
    if (n === this.starts.length) this.grow();
    this.starts[n] = s;
    while (this.block << BLOCK_BITS <= s) this.blocks[this.block++] = n;
    this.n = n + 1;
  }

  /** Attaches the index to the finished list (whose tokens are the starts added, in order). */
  finish(toks: readonly { s: number }[]): void {
    const n = this.n;
    this.blocks.fill(n, this.block);
    // A view keeps the whole buffer: copied when more than an eighth of it would be wasted.
    const starts = this.starts.length - n > n >> 3 ? this.starts.slice(0, n) : this.starts.subarray(0, n);
    indexes.set(toks, { starts, blocks: this.blocks });
  }

  private grow(): void {
    const grown = new Int32Array(this.starts.length * 2);
    grown.set(this.starts);
    this.starts = grown;
  }
}

/**
 * The tokens' start offsets in one typed array (the index's own), or undefined when the list has no index or changed
 * since: a pass that reads only the starts reads them in order here, not from a token object each.
 */
export function tokenStarts(toks: readonly { s: number }[]): Int32Array | undefined {
  const ix = indexes.get(toks);
  return ix && ix.starts.length === toks.length ? ix.starts : undefined;
}

/** Index of the first token whose start is >= offset, or -1 when the list has no index. */
export function indexedTokenAt(toks: readonly { s: number }[], offset: number): number {
  const ix = indexes.get(toks);
  if (!ix || ix.starts.length !== toks.length) return -1;
  if (offset <= 0) return 0;
  const { starts, blocks } = ix;
  const b = offset >> BLOCK_BITS;
  if (b >= blocks.length) return starts.length;
  let k = blocks[b];
  while (k < starts.length && starts[k] < offset) k++;
  return k;
}
