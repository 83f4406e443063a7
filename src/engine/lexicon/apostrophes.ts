/**
 * Maps typographic apostrophes (’ ‘ ʼ ` ´) to the ASCII one, the form every table and lookup uses. Most strings
 * hold none: a loop over the code units answers them without the regex (a new RegExp object per call, compiled at
 * the first).
 */
export function normApostrophe(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4) return s.replace(/[\u2019\u2018\u02BC\u0060\u00B4]/g, "'");
  }
  return s;
}
