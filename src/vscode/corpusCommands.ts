// The corpus view's commands: index the folder, sort, filter, the folder's share of voice and its report. None of
// them modifies a document.
import * as vscode from "vscode";
import type { CorpusView } from "./corpusView";
import { openFolderReport, type FolderSharePanel } from "./folderShare";
import { CORPUS_SORT_KEYS, type CorpusSortKey } from "./corpusNodes";
import { registerOrderCommands } from "./orderCommands";
import type { WorkspaceIndex } from "./workspaceIndex";

const SORT_LABELS: Record<CorpusSortKey, () => [string, string]> = {
  articles: () => [vscode.l10n.t("By Articles"), vscode.l10n.t("named in the most articles first")],
  statements: () => [vscode.l10n.t("By Statements"), vscode.l10n.t("most quoted first")],
  mentions: () => [vscode.l10n.t("By Mentions"), vscode.l10n.t("most named first")],
  name: () => [vscode.l10n.t("By Name"), vscode.l10n.t("alphabetical")],
};

export function registerCorpusCommands(index: WorkspaceIndex, view: CorpusView, share: FolderSharePanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand("whoSaidWhat.indexWorkspace", () => index.start()),
    vscode.commands.registerCommand("whoSaidWhat.showFolderShareOfVoice", () => share.show()),
    vscode.commands.registerCommand("whoSaidWhat.openFolderReport", () => openFolderReport(index)),
    ...registerOrderCommands(view, {
      commands: { sort: "whoSaidWhat.sortCorpus", filter: "whoSaidWhat.filterCorpus", clear: "whoSaidWhat.clearCorpusFilter" },
      keys: CORPUS_SORT_KEYS,
      labels: SORT_LABELS,
      sortTitle: () => vscode.l10n.t("Sort the Folder View"),
      filterTitle: () => vscode.l10n.t("Filter the Folder View"),
      filterPrompt: () => vscode.l10n.t("Names, other names and roles containing this text (accents and case ignored). Empty to clear."),
    }),
  ];
}
