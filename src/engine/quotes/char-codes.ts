// Character tests on char codes, for the scans that read the text itself (dialogue lines, role phrases) without a
// one-character string and a regex per character; and a word test that builds no string.

/** The characters the regular expression \s matches (white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || c >= 0x2000 && c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

/** lw === w || lw + "'" === w (a cue word written with its elision: "d" of "d'"), without building the string. */
export function sameOrElided(lw: string, w: string): boolean {
  return lw === w || (w.length === lw.length + 1 && w.charCodeAt(lw.length) === 39 && w.startsWith(lw));
}
