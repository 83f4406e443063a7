// Table-driven tests of speaker attribution in fiction dialogue (dash lines and guillemet turns),
// with rows that must NOT change. Invented sentences only.
import * as assert from "node:assert/strict";
import { analyze, type Lang } from "../../src/engine";

type Row = [text: string, lang: Lang, expected: [quoteStart: string, speaker: string | null][]];

/** The speaker shown for each quote: the name, else the description as written (as the jsonl emits it). */
function speakers(text: string, lang: Lang): [string, string | null][] {
  return analyze(text, { lang }).quotes.map((q) => {
    const s = q.speaker;
    const shown = s ? s.name ?? (s.pronoun ? null : s.mentionText ?? null) : null;
    return [q.text.slice(0, 10), shown];
  });
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [text, lang, expected] of rows) it(text.slice(0, 80), () => assert.deepEqual(speakers(text, lang), expected));
  });
}

// A surname cut to its initial ("Pauline D…") does not make the character's name.
table("names with a cut surname", [
  ["Elle demanda si mademoiselle Odile R … vivait encore.\n\n— Bonjour, dit Odile.\n\n— Bonsoir, répondit Marcel.\n", "fr",
    [["— Bonjour,", "Odile"], ["— Bonsoir,", "Marcel"]]],
  ["He asked whether Miss Ada K … was still alive.\n\n“Hello,” said Ada.\n", "en", [["“Hello,”", "Ada"]]],
  // False positive: a full surname is still the fuller name.
  ["Elle demanda si Odile Renaud vivait encore.\n\n— Bonjour, dit Odile.\n\n— Bonsoir, répondit Marcel.\n", "fr",
    [["— Bonjour,", "Odile Renaud"], ["— Bonsoir,", "Marcel"]]],
]);
