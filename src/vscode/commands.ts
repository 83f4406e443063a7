// The `whoSaidWhat.*` commands. None of them modifies a document.
import * as vscode from "vscode";
import { AnalysisService, ArticleResult, isArticle } from "./analysisService";
import type { Decorator } from "./decorations";
import type { ArticleTree } from "./tree";
import { COPY_CITATION_COMMAND, SHOW_STATEMENTS_COMMAND } from "./hover";
import { citation, registerTreeCommands } from "./treeCommands";
import { DoubleClickDetector, neighbourQuote, revealSpan, type RevealOptions } from "./navigation";
import { REVEAL_COMMAND } from "./treeNodes";

export function registerCommands(service: AnalysisService, tree: ArticleTree, decorator: Decorator): vscode.Disposable[] {
  const status = (message: string) => vscode.window.setStatusBarMessage(message, 4000);

  /** The analysis of the active article editor, else of the article the view shows. */
  const currentResult = (): ArticleResult | undefined => {
    const active = vscode.window.activeTextEditor?.document;
    const document = active && isArticle(active) ? active : tree.current;
    const state = document && service.ensure(document);
    return state?.kind === "ok" ? state.result : undefined;
  };

  const clicks = new DoubleClickDetector();
  /** A tree item's or a link's target. A single click in the tree keeps the focus there; a double click moves it. */
  const reveal = async (uri: string, start: number, end: number, version?: number, options?: RevealOptions) => {
    const focus = options?.focus ?? clicks.isDouble(`${uri}#${start}-${end}`);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    if (version !== undefined && document.version !== version) {
      // The item came from an older version of the text: its offsets would point at the wrong words.
      tree.refresh();
      status(vscode.l10n.t("The article has changed; the Who Said What view has been refreshed."));
      return;
    }
    await revealSpan(document, { start, end }, { focus });
  };

  const step = (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && service.ensure(editor.document);
    if (!editor || state?.kind !== "ok") return;
    const document = editor.document;
    const selection = { start: document.offsetAt(editor.selection.anchor), end: document.offsetAt(editor.selection.active) };
    const target = neighbourQuote(state.result.analysis.quotes, selection, direction);
    if (!target) {
      status(direction === 1 ? vscode.l10n.t("No next quote.") : vscode.l10n.t("No previous quote."));
      return;
    }
    const range = state.result.range(target);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  /** The current analysis of an open document, by URI (links in hovers carry the URI). */
  const resultOf = (uri: string): ArticleResult | undefined => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const state = document && service.ensure(document);
    return state?.kind === "ok" ? state.result : undefined;
  };

  return [
    vscode.commands.registerCommand(SHOW_STATEMENTS_COMMAND, async (uri: string, entityId: string) => {
      const result = resultOf(uri);
      if (!result) return undefined;
      const locations = result.analysis.quotes
        .filter((q) => q.speaker?.entity === entityId)
        .map((q) => new vscode.Location(result.document.uri, result.range(q)));
      if (locations.length === 0) return 0;
      const editor = await vscode.window.showTextDocument(result.document, { preview: true });
      await vscode.commands.executeCommand("editor.action.showReferences", result.document.uri, editor.selection.active, locations);
      return locations.length;
    }),
    vscode.commands.registerCommand(COPY_CITATION_COMMAND, async (uri: string, quoteId: string) => {
      const result = resultOf(uri);
      const quote = result?.analysis.quotes.find((q) => q.id === quoteId);
      if (!result || !quote) return undefined;
      const text = citation(result, quote);
      await vscode.env.clipboard.writeText(text);
      status(vscode.l10n.t("Statement copied with its file and line."));
      return text;
    }),
    vscode.commands.registerCommand("whoSaidWhat.refresh", () => {
      service.reanalyzeAll();
      tree.refresh();
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, reveal),
    ...registerTreeCommands(tree, async (node) => {
      const target = tree.target(node);
      if (target) await reveal(target.uri, target.start, target.end, target.version, { focus: true });
    }),
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
    vscode.commands.registerCommand("whoSaidWhat.nextQuote", () => step(1)),
    vscode.commands.registerCommand("whoSaidWhat.previousQuote", () => step(-1)),
  ];
}
