// The `whoSaidWhat.*` commands. None of them modifies a document.
import * as vscode from "vscode";
import { AnalysisService, ArticleResult, isArticle, spanToRange } from "./analysisService";
import type { Decorator } from "./decorations";
import type { ArticleTree } from "./tree";
import { REVEAL_COMMAND, type ArticleNode } from "./treeNodes";

export function registerCommands(service: AnalysisService, tree: ArticleTree, decorator: Decorator): vscode.Disposable[] {
  const status = (message: string) => vscode.window.setStatusBarMessage(message, 4000);

  /** The analysis of the active article editor, else of the article the view shows. */
  const currentResult = (): ArticleResult | undefined => {
    const active = vscode.window.activeTextEditor?.document;
    const document = active && isArticle(active) ? active : tree.current;
    const state = document && service.ensure(document);
    return state?.kind === "ok" ? state.result : undefined;
  };

  const reveal = async (uri: string, start: number, end: number, version?: number) => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    if (version !== undefined && document.version !== version) {
      // The item came from an older version of the text: its offsets would point at the wrong words.
      tree.refresh();
      status(vscode.l10n.t("The article has changed; the Who Said What view has been refreshed."));
      return;
    }
    const selection = spanToRange(document, { start, end });
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn;
    const editor = await vscode.window.showTextDocument(document, { selection, viewColumn: column, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const step = (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && service.ensure(editor.document);
    if (!editor || state?.kind !== "ok") return;
    const quotes = [...state.result.analysis.quotes].sort((a, b) => a.start - b.start);
    // From a selected quote, next and previous move to its neighbours.
    const here = editor.document.offsetAt(editor.selection.start);
    const target = direction === 1 ? quotes.find((q) => q.start > here) : [...quotes].reverse().find((q) => q.start < here);
    if (!target) {
      status(direction === 1 ? vscode.l10n.t("No next quote.") : vscode.l10n.t("No previous quote."));
      return;
    }
    const range = state.result.range(target);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  return [
    vscode.commands.registerCommand("whoSaidWhat.refresh", () => {
      service.reanalyzeAll();
      tree.refresh();
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
    vscode.commands.registerCommand("whoSaidWhat.toggleDecorations", () => {
      const shown = decorator.toggle();
      status(shown ? vscode.l10n.t("Who Said What: highlights shown.") : vscode.l10n.t("Who Said What: highlights hidden."));
    }),
    vscode.commands.registerCommand("whoSaidWhat.copyAnalysisJson", async () => {
      const result = currentResult();
      if (!result) {
        void vscode.window.showInformationMessage(vscode.l10n.t("Open an article to copy its analysis."));
        return;
      }
      const json = JSON.stringify(result.analysis, null, 2);
      await vscode.env.clipboard.writeText(json);
      status(vscode.l10n.t("Analysis copied to the clipboard."));
      return json;
    }),
    vscode.commands.registerCommand("whoSaidWhat.copyStatement", async (node?: ArticleNode) => {
      const text = node && tree.statementText(node);
      if (text !== undefined) await vscode.env.clipboard.writeText(text);
      return text;
    }),
    vscode.commands.registerCommand("whoSaidWhat.nextQuote", () => step(1)),
    vscode.commands.registerCommand("whoSaidWhat.previousQuote", () => step(-1)),
  ];
}
