// Cheap answers to the two questions the readers ask of a token's text most often, in place of a
// regular expression per call: is it one of a few marks (the class test "^[,;:]$"), and does it end
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
