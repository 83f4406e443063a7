// Cheap answers to the questions the readers ask of a token's text or of a character most often, in place of a
// regular expression or a string per call: is it one of a few marks (the class test "^[,;:]$"), and does it end
// with a suffix ("ed$"). Both read their argument as RegExp.prototype.test does (String(x)), so
// undefined never matches.

/** Whether s is a single character found in chars: the same answer as the class test on chars. */
export function isOneOf(chars: string, s: string | undefined): boolean {
  const t = String(s);
  return t.length === 1 && chars.includes(t);
}

/** Whether s ends with suffix: the same answer as the regular expression suffix + "$". */
export function endsIn(suffix: string, s: string | undefined): boolean {
  return String(s).endsWith(suffix);
}

/** Whether the UTF-16 code unit c is one of JavaScript's white-space characters (what `\s` matches), without a string. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || c >= 0x2000 && c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** lw === w || lw + "'" === w (a cue word written with its elision: "d" of "d'"), without building the string. */
export function sameOrElided(lw: string, w: string): boolean {
  return lw === w || (w.length === lw.length + 1 && w.charCodeAt(lw.length) === 39 && w.startsWith(lw));
}
