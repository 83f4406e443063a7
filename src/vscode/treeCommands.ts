// The view's own commands: sort, filter, and the context menu of its items. None of them modifies a document.
import * as vscode from "vscode";
import type { Quote } from "../engine";
import type { ArticleResult } from "./analysisService";
import { speakerName } from "./labels";
import { referencesOf } from "./people";
import type { ArticleTree } from "./tree";
import type { ArticleNode } from "./treeNodes";
import { registerOrderCommands } from "./orderCommands";
import { SORT_KEYS, type SortKey } from "./treeOrder";

const SORT_LABELS: Record<SortKey, () => [string, string]> = {
  appearance: () => [vscode.l10n.t("By Appearance"), vscode.l10n.t("in the order the article introduces them")],
  statements: () => [vscode.l10n.t("By Statements"), vscode.l10n.t("most quoted first")],
  mentions: () => [vscode.l10n.t("By Mentions"), vscode.l10n.t("most named first")],
  name: () => [vscode.l10n.t("By Name"), vscode.l10n.t("alphabetical")],
};

/** One statement as a citation: “text” — speaker (file, line n). */
export function citation(result: ArticleResult, quote: Quote): string {
  const who = speakerName(result, quote) ?? vscode.l10n.t("unattributed");
  const file = vscode.workspace.asRelativePath(result.document.uri, false);
  const line = result.range(quote).start.line + 1;
  return `“${quote.text}” — ${who} (${vscode.l10n.t("{0}, line {1}", file, line)})`;
}

/** The statements an item stands for: a person's or organisation's, a speaker group's, a statement. */
function statementsOf(result: ArticleResult, node: ArticleNode): Quote[] {
  switch (node.type) {
    case "entity":
      return result.analysis.quotes.filter((q) => q.speaker?.entity === node.entity.id);
    case "speaker":
      return node.quotes;
    case "quote":
      return [node.quote];
    default:
      return [];
  }
}

export function registerTreeCommands(tree: ArticleTree, open: (node: ArticleNode) => Promise<void>): vscode.Disposable[] {
  const status = (message: string) => vscode.window.setStatusBarMessage(message, 4000);
  const copy = async (text: string, message: string) => {
    await vscode.env.clipboard.writeText(text);
    status(message);
    return text;
  };

  return [
    ...registerOrderCommands(tree, {
      commands: { sort: "whoSaidWhat.sortTree", filter: "whoSaidWhat.filterTree", clear: "whoSaidWhat.clearTreeFilter" },
      keys: SORT_KEYS,
      labels: SORT_LABELS,
      sortTitle: () => vscode.l10n.t("Sort the Who Said What View"),
      filterTitle: () => vscode.l10n.t("Filter the Who Said What View"),
      filterPrompt: () => vscode.l10n.t("Names, roles and statements containing this text (accents and case ignored). Empty to clear."),
    }),
    vscode.commands.registerCommand("whoSaidWhat.copyName", async (node?: ArticleNode) => {
      const name = node?.type === "entity" ? node.entity.name : node?.type === "speaker" ? node.label : undefined;
      return name === undefined ? undefined : copy(name, vscode.l10n.t("Copied: {0}", name));
    }),
    vscode.commands.registerCommand("whoSaidWhat.copyStatement", async (node?: ArticleNode) => {
      const result = tree.result;
      if (!result || node?.type !== "quote") return undefined;
      return copy(citation(result, node.quote), vscode.l10n.t("Statement copied with its file and line."));
    }),
    vscode.commands.registerCommand("whoSaidWhat.copyStatements", async (node?: ArticleNode) => {
      const result = tree.result;
      const quotes = node && result ? statementsOf(result, node) : [];
      if (!result || quotes.length === 0) {
        status(vscode.l10n.t("No statement to copy."));
        return undefined;
      }
      const text = quotes.map((q) => citation(result, q)).join("\n");
      return copy(text, vscode.l10n.t("{0} statements copied with their file and line.", quotes.length));
    }),
    vscode.commands.registerCommand("whoSaidWhat.showMentions", async (node?: ArticleNode) => {
      const result = tree.result;
      if (!result || node?.type !== "entity") return undefined;
      const refs = referencesOf(result, node.entity);
      const locations = refs.map((r) => new vscode.Location(result.document.uri, result.range(r)));
      const first = locations[0]?.range.start ?? new vscode.Position(0, 0);
      await vscode.window.showTextDocument(result.document, { preview: true, preserveFocus: false });
      await vscode.commands.executeCommand("editor.action.showReferences", result.document.uri, first, locations);
      return locations.length;
    }),
    vscode.commands.registerCommand("whoSaidWhat.openTreeItem", async (node?: ArticleNode) => {
      const target = node ?? tree.selection;
      if (target) await open(target);
    }),
  ];
}
