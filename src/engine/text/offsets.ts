// Offset → token index for the token lists tokenize returns: the quote finders ask several times per
// quote which token starts at or after an offset. A binary search over the token objects took ~9 %
// of the quote stage (18 unpredictable branches and scattered reads per call); the start offsets in
// one typed array, with the first token of every 64-character block, answer with a short scan.

const BLOCK_BITS = 6;

interface OffsetIndex {
  /** Token index → its start offset. */
  starts: Int32Array;
  /** Block b → index of the first token starting at or after b × 64. */
  blocks: Int32Array;
}

const indexes = new WeakMap<readonly { s: number }[], OffsetIndex>();

/** Builds the index of a finished token list (tokens in text order, never changed afterwards). */
export function indexOffsets(toks: readonly { s: number }[]): void {
  const n = toks.length;
  const starts = new Int32Array(n);
  for (let k = 0; k < n; k++) starts[k] = toks[k].s;
  const blocks = new Int32Array(n ? (starts[n - 1] >> BLOCK_BITS) + 2 : 1);
  let k = 0;
  for (let b = 0; b < blocks.length; b++) {
    while (k < n && starts[k] < b << BLOCK_BITS) k++;
    blocks[b] = k;
  }
  indexes.set(toks, { starts, blocks });
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
