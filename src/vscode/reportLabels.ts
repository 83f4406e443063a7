// The Markdown report's headings and words, in the user's display language.
import * as vscode from "vscode";
import type { CorpusLabels, ReportLabels } from "../engine";

export function reportLabels(): ReportLabels {
  return {
    title: vscode.l10n.t("Who said what"), people: vscode.l10n.t("People"), name: vscode.l10n.t("Name"), role: vscode.l10n.t("Role"), gender: vscode.l10n.t("Gender hint"),
    mentions: vscode.l10n.t("Mentions"), statements: vscode.l10n.t("Statements"), words: vscode.l10n.t("Quoted words"), share: vscode.l10n.t("Share"),
    shareOfVoice: vscode.l10n.t("Share of voice"), bySpeaker: vscode.l10n.t("By speaker"), byGender: vscode.l10n.t("By gender hint (people, named or not)"),
    bySource: vscode.l10n.t("By kind of source"), statementsBySpeaker: vscode.l10n.t("Statements by speaker"), line: vscode.l10n.t("line"),
    unattributed: vscode.l10n.t("(unattributed)"), noStatements: vscode.l10n.t("No statements."),
    genders: { f: vscode.l10n.t("women"), m: vscode.l10n.t("men"), unknown: vscode.l10n.t("unknown") },
    sources: { person: vscode.l10n.t("people"), org: vscode.l10n.t("organisations"), unnamed: vscode.l10n.t("unnamed sources"), unattributed: vscode.l10n.t("unattributed") },
    kinds: { direct: vscode.l10n.t("direct"), indirect: vscode.l10n.t("indirect"), mixed: vscode.l10n.t("mixed") },
  };
}

/** The folder report's own headings and words (toCorpusMarkdown), in the user's display language. */
export function corpusLabels(): CorpusLabels {
  return {
    title: vscode.l10n.t("Share of voice across the folder"),
    summary: (a, q, s, w) => vscode.l10n.t("{0} articles ({1} with statements), {2} statements, {3} quoted words.", a, q, s, w),
    articlesQuoting: vscode.l10n.t("Articles quoting at least one"), articles: vscode.l10n.t("Articles"), overTime: vscode.l10n.t("Over time"),
    byArticle: vscode.l10n.t("By article (most quoted words)"), article: vscode.l10n.t("Article"), date: vscode.l10n.t("Date"),
    aliases: vscode.l10n.t("Also written"), orgs: vscode.l10n.t("Organisations"), source: vscode.l10n.t("Source"), more: (n) => vscode.l10n.t("… and {0} more.", n),
  };
}
