// User-visible words for engine data. The engine returns data, never prose: the wording lives here.
import * as vscode from "vscode";
import type { ArticleResult } from "./analysisService";
import type { EntityKind, Quote, QuoteKind } from "../engine";
import { unnamedSource } from "../engine";

export function quoteKindLabel(kind: QuoteKind): string {
  switch (kind) {
    case "direct":
      return vscode.l10n.t("direct quote");
    case "indirect":
      return vscode.l10n.t("indirect speech");
    case "mixed":
      return vscode.l10n.t("mixed quote");
  }
}

export function entityKindLabel(kind: EntityKind): string {
  switch (kind) {
    case "person":
      return vscode.l10n.t("person");
    case "org":
      return vscode.l10n.t("organisation");
    case "place":
      return vscode.l10n.t("place");
  }
}

export function mentionCount(n: number): string {
  return n === 1 ? vscode.l10n.t("1 mention") : vscode.l10n.t("{0} mentions", n);
}

export function statementCount(n: number): string {
  return n === 1 ? vscode.l10n.t("1 statement") : vscode.l10n.t("{0} statements", n);
}

/**
 * The speaker as the reader should see it: the canonical name, or the description the article gives of an
 * unnamed source ("officials", "un témoin"); undefined when nothing binds the quote to a source (no cue,
 * or a pronoun with no antecedent).
 */
export function speakerName(result: ArticleResult, quote: Quote): string | undefined {
  const s = quote.speaker;
  if (!s) return undefined;
  return s.name ?? result.entity(s.entity)?.name ?? unnamedSource(s);
}

/** True when the source is only described ("officials"), never named. */
export function isUnnamedSource(quote: Quote): boolean {
  return unnamedSource(quote.speaker) !== undefined;
}

/** One line, at most `max` characters, for tree labels and descriptions. */
export function shorten(text: string, max = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/** A one-line excerpt of `line` that keeps the columns [start, end) in view, with ellipses where it is cut. */
export function excerpt(line: string, start: number, end: number, max = 80): string {
  if (line.length <= max) return line.trim();
  const room = Math.max(0, max - (end - start));
  const from = Math.max(0, Math.min(start - Math.floor(room / 2), line.length - max));
  const to = Math.min(line.length, from + max);
  return `${from > 0 ? "…" : ""}${line.slice(from, to).trim()}${to < line.length ? "…" : ""}`;
}
