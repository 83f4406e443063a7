// Headline statements: "Graham: Trump's rhetoric is destroying the party." A line that opens with a
// person's name and a colon reports what that person said, up to the end of the line.
import type { Doc } from "./doc";
import type { Indirect } from "./indirect";
import { isVerb } from "./verbs";
import { tokenAt } from "../text/tokenize";
import { isOneOf } from "../text/chars";

/** Fewest words a headline statement holds ("Obama: We will win"). */
const MIN_WORDS = 3;

export function findHeadlineStatements(ctx: Doc, teaser: Uint8Array): Indirect[] {
  const { toks, text } = ctx;
  const out: Indirect[] = [];
  if (!toks.length) return out;
  // Only the first token and the tokens after a line break are read: each "\n" of the text (a native search) gives
  // the token after it (a binary search), instead of a test on every token. A token that holds a line break (none in
  // practice) leaves the one after it without nl, which lineStatement skips as the scan over every token did.
  let next = lineStatement(ctx, 0, teaser, out);
  for (let p = text.indexOf("\n"); p >= 0; p = text.indexOf("\n", p + 1)) {
    const i = tokenAt(toks, p + 1);
    if (i >= toks.length) break;
    if (i >= next) next = lineStatement(ctx, i, teaser, out);
  }
  return out;
}

/** The statement a line opening at token i makes ("Graham: …", the article's "Poll: …"), added to out; returns the token to go on from. */
function lineStatement(ctx: Doc, i: number, teaser: Uint8Array, out: Indirect[]): number {
  const { toks, lex } = ctx;
  if (i > 0 && !toks[i].nl || teaser[i]) return i + 1;
  let j = i;
  if (lex.honorifics.has(toks[j].lw) && ctx.mentionAt[j] < 0) j += toks[j + 1]?.t === "." ? 2 : 1;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi < 0 || ctx.ents.mentions[mi].a !== j || ctx.ents.mentions[mi].entity.kind !== "person" || toks[ctx.ents.mentions[mi].b]?.t !== ":") {
    // The article's own headline: "Poll: …", "NY Post: …", "Historians: …" (English).
    const h = i === 0 ? sourceHeadline(ctx) : undefined;
    if (h) { out.push(h); while (i + 1 < toks.length && !toks[i + 1].nl) i++; }
    return i + 1;
  }
  const m = ctx.ents.mentions[mi];
  let e = m.b + 1;
  while (e < toks.length && !toks[e].nl) e++;
  let last = e - 1;
  while (last > m.b && isOneOf(".;:,", toks[last].t)) last--;
  if (last - m.b < MIN_WORDS) return i + 1;
  const s = toks[i].s;
  const speaker = { entity: m.entity.id, name: m.entity.name, mention: { start: toks[m.a].s, end: toks[m.b - 1].e },
    mentionText: ctx.text.slice(toks[m.a].s, toks[m.b - 1].e) };
  out.push({ start: toks[m.b + 1].s, end: toks[last].e, speaker, cue: { start: s, end: toks[m.b].e } });
  return e;
}

const QUOTE_OPEN = /^["“«‘']$/;
/** How many tokens the source before a headline's colon may hold ("Black Democrats to Hillary Clinton"). */
const MAX_SOURCE = 6;

/**
 * The text's first line as "Source: statement" (English): a short capitalised source that is no place
 * nor a label in capitals, then at least MIN_WORDS words. The source is the capitalised words before
 * any lower-case word ("Obama on Climate Change: …" is Obama's), an entity when one is named there.
 */
function sourceHeadline(ctx: Doc): Indirect | undefined {
  const { toks, lex } = ctx;
  if (!lex.shapes.sourceHeadlines || !toks[0]?.cap) return undefined;
  let c = 1;
  while (c < toks.length && c < MAX_SOURCE && toks[c].t !== ":" && !toks[c].nl) c++;
  if (toks[c]?.t !== ":" || toks[c + 1]?.nl !== 0) return undefined;
  // "Mary Smith said: “…”" is a quote's cue, not a headline.
  for (let k = 0; k < c; k++) if (isVerb(ctx, k) || QUOTE_OPEN.test(toks[k].t)) return undefined;
  if (QUOTE_OPEN.test(toks[c + 1].t)) return undefined;
  const source = toks.slice(0, c);
  // Not a label in capitals ("READ MORE:"), nor a phrase ("Open this photo in gallery:").
  if (source.every((t) => !t.word || t.upper || t.t.length === 1) || source.filter((t) => t.word && !t.cap).length > 1) return undefined;
  let b = 1;
  while (b < c && (toks[b].cap || !toks[b].word && toks[b].t !== "," && toks[b].t !== "–" && toks[b].t !== "—")) b++;
  const mi = ctx.mentionAt[0];
  if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "place" && ctx.ents.mentions[mi].b >= b) return undefined;
  let e = c + 1;
  while (e < toks.length && !toks[e].nl) e++;
  let last = e - 1;
  while (last > c && isOneOf(".;:,", toks[last].t)) last--;
  if (last - c < MIN_WORDS) return undefined;
  const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
  const mention = { start: toks[0].s, end: toks[b - 1].e };
  const speaker = m && m.b === b ? { entity: m.entity.id, name: m.entity.name, mention, mentionText: ctx.text.slice(mention.start, mention.end) }
    : { name: null, mention, mentionText: ctx.text.slice(mention.start, mention.end) };
  return { start: toks[c + 1].s, end: toks[last].e, speaker, cue: { start: toks[0].s, end: toks[c].e } };
}
