// The corpus view, beside the article view: who is named and quoted across the folder's articles (the workspace
// index), sorted and filtered like the article view. Reading only: a click opens the article at the place.
import * as vscode from "vscode";
import { snapshotOf, type TreeSnapshotNode } from "./tree";
import { CORPUS_SORT_KEYS, DEFAULT_CORPUS_ORDER, corpusChildren, corpusItem, type CorpusNode, type CorpusOrder } from "./corpusNodes";
import type { WorkspaceIndex } from "./workspaceIndex";

export const CORPUS_VIEW_ID = "whoSaidWhat.corpus";
const ORDER_KEY = "whoSaidWhat.corpusOrder";

export class CorpusView implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<CorpusNode>;
  private readonly disposables: vscode.Disposable[];
  private kids = new Map<CorpusNode | undefined, CorpusNode[]>();
  private orderValue: CorpusOrder;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly memento?: vscode.Memento,
  ) {
    this.orderValue = { ...DEFAULT_CORPUS_ORDER, ...memento?.get<Partial<CorpusOrder>>(ORDER_KEY) };
    if (!CORPUS_SORT_KEYS.includes(this.orderValue.sort)) this.orderValue.sort = DEFAULT_CORPUS_ORDER.sort;
    this.view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.emitter,
      index.onDidChange(() => this.refresh()),
      // Shown before the background scan began: start it now.
      this.view.onDidChangeVisibility((e) => e.visible && index.status.state === "idle" && void index.start()),
    ];
    this.refresh();
  }

  get order(): CorpusOrder {
    return this.orderValue;
  }

  async setOrder(change: Partial<CorpusOrder>): Promise<void> {
    this.orderValue = { ...this.orderValue, ...change };
    await this.memento?.update(ORDER_KEY, this.orderValue);
    this.refresh();
  }

  refresh(): void {
    this.kids = new Map();
    const status = this.index.status;
    const empty = status.indexed === 0;
    const state = status.state === "ready" && empty ? "empty" : status.state === "indexing" && empty ? "indexing" : status.state;
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.corpusState", state);
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.corpusFiltered", this.orderValue.filter !== "");
    const filter = this.orderValue.filter;
    const parts = status.indexed > 0 ? [vscode.l10n.t("{0} articles", status.indexed)] : [];
    if (filter) parts.push(vscode.l10n.t("filter: {0}", filter));
    this.view.description = parts.join(" · ") || undefined;
    this.view.message = this.message();
    this.emitter.fire(undefined);
  }

  private message(): string | undefined {
    const s = this.index.status;
    if (s.state === "indexing") return vscode.l10n.t("Indexing: {0} of {1} articles…", s.done, s.files);
    if (s.state === "cancelled") return vscode.l10n.t("Indexing stopped: {0} of {1} articles indexed.", s.indexed, s.files);
    if (s.skipped > 0 && s.state === "ready") return vscode.l10n.t("{0} files not analysed (too large or unreadable).", s.skipped);
    const filter = this.orderValue.filter;
    if (filter && s.indexed > 0 && this.getChildren().every((g) => this.getChildren(g).length === 0)) {
      return vscode.l10n.t("Nothing matches the filter “{0}”.", filter);
    }
    return undefined;
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    return corpusItem(this.index.corpus, (f) => this.index.digest(f), node, this.orderValue);
  }

  getChildren(node?: CorpusNode): CorpusNode[] {
    if (this.index.status.indexed === 0) return [];
    let kids = this.kids.get(node);
    if (!kids) {
      kids = corpusChildren(this.index.corpus, (f) => this.index.digest(f), node, this.orderValue);
      this.kids.set(node, kids);
    }
    return kids;
  }

  /** The view's items, `depth` levels deep, for tests and diagnostics. */
  snapshot(depth = 2): TreeSnapshotNode[] {
    return snapshotOf(this, undefined, depth);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
