// The large gazetteers as `npm run lexicons` compiles them (data/gazetteers.generated.ts): each table
// is its entries sorted by name (UTF-16 code unit order) in blocks of BLOCK, each block the string
// "|name=value|name=value|" (no name holds "|" or "=": the text tables split names at "|", and
// compileTable checks). Nothing is parsed or indexed at load: a lookup binary-searches the
// blocks by their first names, then searches one block. Parsing the ~60 k names of the text tables
// into Sets and Maps took most of the first analysis (~60 ms); see gazetteer-build.ts for what they
// hold. Sorted, the tables also compress about as well as the text tables did (in the .vsix).

/** Entries per block. */
const BLOCK = 16;

/** The value stored with the name ("" for a set's member), or undefined when the table lacks it. */
export function compiledGet(table: readonly string[], name: string): string | undefined {
  // The last block whose first name is <= name.
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compareHead(table[mid], name) <= 0) lo = mid;
    else hi = mid - 1;
  }
  const block = table[lo];
  if (block === undefined) return undefined;
  const at = block.indexOf("|" + name + "=");
  if (at < 0) return undefined;
  const from = at + name.length + 2;
  return block.slice(from, block.indexOf("|", from));
}

/** Sign of (block's first name) - name, in code unit order, without slicing the name out. */
function compareHead(block: string, name: string): number {
  for (let i = 0; ; i++) {
    const b = block.charCodeAt(1 + i);
    if (b === 61) return i === name.length ? 0 : -1;
    if (i === name.length) return 1;
    const c = name.charCodeAt(i);
    if (b !== c) return b - c;
  }
}

/** Whether the table has the name. */
export function compiledHas(table: readonly string[], name: string): boolean {
  return compiledGet(table, name) !== undefined;
}

/** Blocks of a table (build time only). Names must hold no "|" or "=", values no "|". */
export function compileTable(entries: Iterable<readonly [string, string]>): string[] {
  const list = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const blocks: string[] = [];
  for (let i = 0; i < list.length; i += BLOCK) {
    let block = "";
    for (const [name, value] of list.slice(i, i + BLOCK)) {
      if (/[|=]/.test(name) || value.includes("|")) throw new Error(`compileTable: "|" or "=" in ${JSON.stringify(name)}`);
      block += "|" + name + "=" + value;
    }
    blocks.push(block + "|");
  }
  return blocks;
}
