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
 * Attaches the index to toks, whose starts (in text order, each below textLength) the tokenizer's scan kept in
 * a typed array: no pass reads them back from the token objects. The index keeps starts.
 */
export function indexStarts(toks: readonly { s: number }[], starts: Int32Array, textLength: number): void {
  const n = starts.length;
  const blocks = new Int32Array((textLength >> BLOCK_BITS) + 2);
  let block = 0;
  for (let k = 0; k < n; k++) {
    const s = starts[k];
    while (block << BLOCK_BITS <= s) blocks[block++] = k;
  }
  blocks.fill(n, block);
  indexes.set(toks, { starts, blocks });
}

/**
 * The tokens' start offsets in one typed array (the index's own), or undefined when the list has no index or changed
 * since: a pass that reads only the starts reads them in order here, not from a token object each.
 */
export function tokenStarts(toks: readonly { s: number }[]): Int32Array | undefined {
  const ix = indexes.get(toks);
  return ix && ix.starts.length === toks.length ? ix.starts : undefined;
}

/**
 * The tokens' start offsets in text order: the index's own array (tokenStarts), or a copy read from the tokens where the
 * list has none. A pass over every token that first tests its characters in the text reads them at these offsets.
 */
export function startsOf(toks: readonly { s: number }[]): Int32Array {
  return tokenStarts(toks) ?? Int32Array.from(toks, (t) => t.s);
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
