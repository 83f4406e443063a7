// Hover on a quote or its cue: its kind, its speaker and role, its reporting verb, and links to the speaker's other
// statements and to a citation. Hover on a mention: the entity, its role, its count.
import * as vscode from "vscode";
import type { Mention, Quote } from "../engine";
import { AnalysisService, ArticleResult } from "./analysisService";
import { entityKindLabel, isUnnamedSource, mentionCount, quoteKindLabel, speakerName, statementCount } from "./labels";
import { appendEchoes, type EchoLine } from "./quoteEchoes";
import { REVEAL_COMMAND } from "./treeNodes";

/** The same quote in the folder's other articles (the workspace index), if there is one. */
export type EchoFinder = (uri: string, quote: Quote, speaker: string | undefined) => EchoLine[];

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly echoes?: EchoFinder,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.service.get(document);
    if (state?.kind !== "ok") return undefined;
    const result = state.result;
    const offset = document.offsetAt(position);
    const inside = (s: { start: number; end: number } | undefined) => s !== undefined && s.start <= offset && offset < s.end;
    const quote = smallest(result.analysis.quotes.filter((q) => inside(q) || inside(q.cue)));
    const mention = findMention(result, offset);
    if (!quote && !mention) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    // Only our own commands may run from the hover's links.
    md.isTrusted = { enabledCommands: [SHOW_STATEMENTS_COMMAND, COPY_CITATION_COMMAND, REVEAL_COMMAND] };
    if (mention) appendMention(md, result, mention);
    if (quote) {
      if (mention) md.appendMarkdown("\n\n---\n\n");
      appendQuote(md, result, quote);
      appendEchoes(md, this.echoes?.(result.document.uri.toString(), quote, speakerName(result, quote)) ?? []);
    }
    const cueHover = quote?.cue && inside(quote.cue) && !inside(quote);
    return new vscode.Hover(md, result.range(mention ?? (cueHover ? quote!.cue! : quote!)));
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

export const SHOW_STATEMENTS_COMMAND = "whoSaidWhat.showStatementsOf";
export const COPY_CITATION_COMMAND = "whoSaidWhat.copyCitation";

function link(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
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
    const role = result.entity(s?.entity)?.role;
    if (role) md.appendMarkdown("\n\n").appendText(vscode.l10n.t("Role: {0}", role));
  }
  if (quote.cue) md.appendMarkdown("\n\n").appendText(vscode.l10n.t("Reporting verb: {0}", result.document.getText(result.range(quote.cue))));
  const uri = result.document.uri.toString();
  const links = [link(`$(copy) ${vscode.l10n.t("Copy with Citation")}`, COPY_CITATION_COMMAND, [uri, quote.id])];
  const entity = quote.speaker?.entity;
  if (entity) {
    const said = result.analysis.quotes.filter((q) => q.speaker?.entity === entity).length;
    links.unshift(link(`$(references) ${vscode.l10n.t("All Statements by This Speaker ({0})", said)}`, SHOW_STATEMENTS_COMMAND, [uri, entity]));
  }
  md.appendMarkdown("\n\n" + links.join(" · "));
}
