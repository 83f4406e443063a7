/** Maps typographic apostrophes (’ ‘ ʼ ` ´) to the ASCII one, the form every table and lookup uses. */
export function normApostrophe(s: string): string {
  return s.replace(/[\u2019\u2018\u02BC\u0060\u00B4]/g, "'");
}
