// Commands of the reports: export, share of voice, the Problems panel's quick fix, the walkthrough's sample.
import * as vscode from "vscode";
import type { AnalysisService, ArticleResult } from "./analysisService";
import { isArticle } from "./analysisService";
import { EXPORT_FORMATS, exportAnalysis, pickFormat, type ExportFormat, type ExportTarget } from "./export";
import { revealSpan } from "./navigation";
import { REVEAL_PROBLEM_COMMAND } from "./problems";
import type { ShareOfVoicePanel } from "./shareOfVoice";
import type { ArticleTree } from "./tree";

/** The founding article, shipped for the walkthrough; opened as an untitled copy so nothing can change the original. */
export const SAMPLE_ARTICLE = ["media", "walkthrough", "founding-article.fr.txt"];

/** The analysis of the active article editor, else of the article the view shows. */
export function currentArticle(service: AnalysisService, tree: ArticleTree): ArticleResult | undefined {
  const active = vscode.window.activeTextEditor?.document;
  const document = active && isArticle(active) ? active : tree.current;
  const state = document && service.ensure(document);
  return state?.kind === "ok" ? state.result : undefined;
}

export function registerReportCommands(
  extensionUri: vscode.Uri, service: AnalysisService, tree: ArticleTree, panel: ShareOfVoicePanel,
): vscode.Disposable[] {
  const current = () => currentArticle(service, tree);
  const noArticle = () => void vscode.window.showInformationMessage(vscode.l10n.t("Open an article to export its analysis."));

  return [
    vscode.commands.registerCommand("whoSaidWhat.exportAnalysis", async (format?: ExportFormat, target?: ExportTarget | string) => {
      const result = current();
      if (!result) return noArticle();
      const chosen = format && (EXPORT_FORMATS as readonly string[]).includes(format) ? format : await pickFormat();
      if (!chosen) return undefined;
      return exportAnalysis(result, chosen, typeof target === "string" && target !== "untitled" ? vscode.Uri.parse(target) : target);
    }),
    vscode.commands.registerCommand("whoSaidWhat.exportReport", () => vscode.commands.executeCommand("whoSaidWhat.exportAnalysis", "markdown", "untitled")),
    vscode.commands.registerCommand("whoSaidWhat.showShareOfVoice", () => panel.show()),
    vscode.commands.registerCommand(REVEAL_PROBLEM_COMMAND, async (uri: string, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await revealSpan(document, { start, end }, { focus: true });
      editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
      return editor;
    }),
    vscode.commands.registerCommand("whoSaidWhat.openSampleArticle", async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_ARTICLE));
      const document = await vscode.workspace.openTextDocument({ language: "article", content: new TextDecoder().decode(bytes) });
      return vscode.window.showTextDocument(document, { preview: false });
    }),
  ];
}
