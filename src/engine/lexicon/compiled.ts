// The large gazetteers as `npm run lexicons` compiles them (data/gazetteers.generated.ts): each table
// is an array of buckets, a name's bucket chosen by a hash of its characters, and each bucket the
// string "\nname\tvalue\nname\tvalue\n". Nothing is parsed or indexed at load: a lookup hashes its
// key, then searches one bucket of a few names. Parsing the ~60 k names of the text tables into
// Sets and Maps took most of the first analysis (~60 ms); see gazetteer-build.ts for what they hold.

/** FNV-1a over UTF-16 code units: the same at build time and at run time. */
export function nameHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** The value stored with the name ("" for a set's member), or undefined when the table lacks it. */
export function compiledGet(table: readonly string[], name: string): string | undefined {
  const bucket = table[nameHash(name) & (table.length - 1)];
  // The shortest entry takes 3 characters ("\nx\t"): a bucket shorter than that is empty.
  if (bucket.length < name.length + 3) return undefined;
  const at = bucket.indexOf("\n" + name + "\t");
  if (at < 0) return undefined;
  const from = at + name.length + 2;
  return bucket.slice(from, bucket.indexOf("\n", from));
}

/** Whether the table has the name. */
export function compiledHas(table: readonly string[], name: string): boolean {
  return compiledGet(table, name) !== undefined;
}

/**
 * Buckets of a table (build time only): about eight names per bucket, a power-of-two count. Names
 * and values must hold no tab or line end.
 */
export function compileTable(entries: Iterable<readonly [string, string]>): string[] {
  const list = [...entries];
  let size = 1;
  while (size * 8 < list.length) size *= 2;
  const buckets: string[] = Array.from({ length: size }, () => "");
  for (const [name, value] of list) {
    if (/[\t\n]/.test(name) || /[\t\n]/.test(value)) throw new Error(`compileTable: tab or line end in ${JSON.stringify(name)}`);
    const b = nameHash(name) & (size - 1);
    buckets[b] += "\n" + name + "\t" + value;
  }
  return buckets.map((b) => (b ? b + "\n" : ""));
}
