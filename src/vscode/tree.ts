// The "Who Said What" view: people, organisations, places and statements of the active article.
import * as vscode from "vscode";
import { AnalysisService, ArticleResult, ArticleState, isArticle } from "./analysisService";
import { ArticleNode, children, statementText, treeItem } from "./treeNodes";

export const VIEW_ID = "whoSaidWhat.article";

/** A plain copy of a tree item and its descendants, for tests and diagnostics. */
export interface TreeSnapshotNode {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments: unknown[] };
  children: TreeSnapshotNode[];
}

type ViewState = "none" | "ok" | "tooLarge" | "error";

export class ArticleTree implements vscode.TreeDataProvider<ArticleNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ArticleNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<ArticleNode>;
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private result: ArticleResult | undefined;

  constructor(private readonly service: AnalysisService) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => d === this.document && this.follow(undefined)),
      service.onDidAnalyze((state) => {
        if (this.document && sameDocument(documentOf(state), this.document)) this.show(state);
      }),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The document the view is showing. */
  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Re-read the analysis of the active article. */
  refresh(): void {
    this.show(this.document && this.service.ensure(this.document));
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    return this.result ? treeItem(this.result, node) : new vscode.TreeItem("");
  }

  getChildren(node?: ArticleNode): ArticleNode[] {
    return this.result ? children(this.result, node) : [];
  }

  /** The text to copy for a statement node of the current tree. */
  statementText(node: ArticleNode): string | undefined {
    return this.result && node.type === "quote" ? statementText(this.result, node.quote) : undefined;
  }

  snapshot(node?: ArticleNode): TreeSnapshotNode[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === "string" ? item.label : (item.label?.label ?? "");
      return {
        label,
        description: typeof item.description === "string" ? item.description : undefined,
        contextValue: item.contextValue,
        command: item.command && { command: item.command.command, arguments: item.command.arguments ?? [] },
        children: this.snapshot(child),
      };
    });
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const document = editor && isArticle(editor.document) ? editor.document : undefined;
    if (document === this.document && document) return;
    this.document = document;
    this.show(document && this.service.ensure(document));
  }

  private show(state: ArticleState | undefined): void {
    this.result = state?.kind === "ok" ? state.result : undefined;
    const view: ViewState = state ? state.kind : "none";
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.articleState", view);
    this.view.description = this.document ? basename(this.document.uri) : undefined;
    this.view.message =
      state?.kind === "error" ? vscode.l10n.t("The analysis failed: {0}", state.message) : undefined;
    this.emitter.fire(undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function documentOf(state: ArticleState): vscode.TextDocument {
  return state.kind === "ok" ? state.result.document : state.document;
}

function sameDocument(a: vscode.TextDocument, b: vscode.TextDocument): boolean {
  return a.uri.toString() === b.uri.toString();
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf("/") + 1) || uri.toString();
}
