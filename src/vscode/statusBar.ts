// "N quotes · M people" for the active article; a visible warning when it is too large to analyse.
import * as vscode from "vscode";
import { AnalysisService, ArticleState, isArticle } from "./analysisService";
import { VIEW_ID } from "./tree";

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("whoSaidWhat.status", vscode.StatusBarAlignment.Right, 100);
  private readonly warned = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly service: AnalysisService) {
    this.item.name = vscode.l10n.t("Who Said What");
    this.item.command = `${VIEW_ID}.focus`;
    this.disposables = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && isArticle(e.document)) service.ensure(e.document);
        this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.warned.delete(d.uri.toString())),
      service.onDidAnalyze((state) => {
        if (state.kind === "tooLarge") this.warn(state);
        this.update();
      }),
    ];
    const active = vscode.window.activeTextEditor?.document;
    if (active && isArticle(active)) service.ensure(active);
    this.update();
  }

  /** The text shown, or undefined while hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && isArticle(document) ? this.service.get(document) : undefined;
    if (!state) {
      // Keep the last figures while a re-analysis is pending on the same document; hide otherwise.
      if (!document || !isArticle(document)) this.hide();
      return;
    }
    this.item.backgroundColor = undefined;
    switch (state.kind) {
      case "ok": {
        const a = state.result.analysis;
        this.item.text = `$(quote) ${vscode.l10n.t("{0} quotes · {1} people", a.quotes.length, a.people.length)}`;
        this.item.tooltip = vscode.l10n.t(
          "{0} quotes, {1} people, {2} organisations, {3} places. Click to open the Who Said What view.",
          a.quotes.length,
          a.people.length,
          a.orgs.length,
          a.places.length,
        );
        break;
      }
      case "tooLarge":
        this.item.text = `$(warning) ${vscode.l10n.t("Too large to analyse")}`;
        this.item.tooltip = tooLargeMessage(state);
        this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
        break;
      case "error":
        this.item.text = `$(error) ${vscode.l10n.t("Analysis failed")}`;
        this.item.tooltip = state.message;
        this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
        break;
    }
    this.visible = true;
    this.item.show();
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  /** One information message per document, however often it is re-analysed. */
  private warn(state: Extract<ArticleState, { kind: "tooLarge" }>): void {
    const k = state.document.uri.toString();
    if (this.warned.has(k)) return;
    this.warned.add(k);
    const open = vscode.l10n.t("Open Settings");
    void vscode.window.showInformationMessage(tooLargeMessage(state), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand("workbench.action.openSettings", "whoSaidWhat.maxFileSize");
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function tooLargeMessage(state: Extract<ArticleState, { kind: "tooLarge" }>): string {
  return vscode.l10n.t(
    "Who Said What: this document has {0} characters, more than the limit of {1} (setting whoSaidWhat.maxFileSize). It is not analysed.",
    state.length.toLocaleString(),
    state.limit.toLocaleString(),
  );
}
