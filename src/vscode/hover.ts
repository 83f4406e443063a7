// Hover on a quote: its kind, its speaker and its cue. Hover on a mention: the entity, its role, its count.
import * as vscode from "vscode";
import type { Mention, Quote } from "../engine";
import { AnalysisService, ArticleResult } from "./analysisService";
import { entityKindLabel, isUnnamedSource, mentionCount, quoteKindLabel, speakerName, statementCount } from "./labels";

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.service.get(document);
    if (state?.kind !== "ok") return undefined;
    const result = state.result;
    const offset = document.offsetAt(position);
    const quote = smallest(result.analysis.quotes.filter((q) => q.start <= offset && offset < q.end));
    const mention = findMention(result, offset);
    if (!quote && !mention) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = false;
    if (mention) appendMention(md, result, mention);
    if (quote) {
      if (mention) md.appendMarkdown("\n\n---\n\n");
      appendQuote(md, result, quote);
    }
    return new vscode.Hover(md, result.range(mention ?? quote!));
  }
}

function smallest<T extends { start: number; end: number }>(items: T[]): T | undefined {
  return items.reduce<T | undefined>((best, x) => (!best || x.end - x.start < best.end - best.start ? x : best), undefined);
}

function findMention(result: ArticleResult, offset: number): Mention | undefined {
  const a = result.analysis;
  for (const e of [...a.people, ...a.orgs, ...a.places]) {
    const m = e.mentions.find((m) => m.start <= offset && offset < m.end);
    if (m) return m;
  }
  return undefined;
}

function appendMention(md: vscode.MarkdownString, result: ArticleResult, mention: Mention): void {
  const entity = result.entity(mention.entity);
  if (!entity) return;
  md.appendMarkdown(`$(${entity.kind === "person" ? "person" : entity.kind === "org" ? "organization" : "location"}) `);
  md.appendText(entity.name);
  md.appendMarkdown(` — *${entityKindLabel(entity.kind)}*`);
  if (entity.role) md.appendMarkdown("\n\n").appendText(entity.role);
  md.appendMarkdown("\n\n").appendText(mentionCount(entity.mentions.length));
  const said = result.analysis.quotes.filter((q) => q.speaker?.entity === entity.id).length;
  if (said > 0) md.appendText(" · " + statementCount(said));
}

function appendQuote(md: vscode.MarkdownString, result: ArticleResult, quote: Quote): void {
  md.appendMarkdown("$(quote) **").appendText(quoteKindLabel(quote.kind)).appendMarkdown("**\n\n");
  const name = speakerName(result, quote);
  if (name === undefined) {
    md.appendText(vscode.l10n.t("Speaker: not attributed"));
  } else {
    md.appendText(vscode.l10n.t("Speaker: {0}", name));
    const s = quote.speaker;
    if (s?.pronoun && s.mentionText) md.appendText(" " + vscode.l10n.t("(through “{0}”)", s.mentionText));
    if (isUnnamedSource(quote)) md.appendText(" " + vscode.l10n.t("(unnamed source)"));
  }
  if (quote.cue) md.appendMarkdown("\n\n").appendText(vscode.l10n.t("Cue: {0}", result.document.getText(result.range(quote.cue))));
}
