// The "Who Said What" view: people, organisations, places and statements of the active article.
import * as vscode from "vscode";
import { AnalysisService, ArticleResult, ArticleState, isArticle } from "./analysisService";
import { entityAt } from "./people";
import { innermost } from "./navigation";
import { DEFAULT_ORDER, SORT_KEYS, type TreeOrder } from "./treeOrder";
import { ArticleNode, children, targetSpan, treeItem } from "./treeNodes";

export const VIEW_ID = "whoSaidWhat.article";

/** A plain copy of a tree item and its descendants, for tests and diagnostics. */
export interface TreeSnapshotNode {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments: unknown[] };
  children: TreeSnapshotNode[];
}

type ViewState = "none" | "pending" | "ok" | "tooLarge" | "error";
const ORDER_KEY = "whoSaidWhat.treeOrder";

export class ArticleTree implements vscode.TreeDataProvider<ArticleNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ArticleNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<ArticleNode>;
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private resultValue: ArticleResult | undefined;
  private kids = new Map<ArticleNode | undefined, ArticleNode[]>();
  private parents = new Map<ArticleNode, ArticleNode | undefined>();

  private orderValue: TreeOrder;
  /** What the view last drew: the same state, document and order again need no rebuild. */
  private shown: { state: ArticleState | undefined; document: vscode.TextDocument | undefined; order: TreeOrder } | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly memento?: vscode.Memento,
  ) {
    this.orderValue = { ...DEFAULT_ORDER, ...memento?.get<Partial<TreeOrder>>(ORDER_KEY) };
    if (!SORT_KEYS.includes(this.orderValue.sort)) this.orderValue.sort = DEFAULT_ORDER.sort;
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [
      this.view,
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.window.tabGroups.onDidChangeTabs(() => this.follow(vscode.window.activeTextEditor)),
      vscode.workspace.onDidCloseTextDocument((d) => d === this.document && this.follow(vscode.window.activeTextEditor)),
      service.onDidAnalyze((state) => {
        if (this.document && sameDocument(documentOf(state), this.document)) this.show(state);
      }),
    ];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The analysis the view shows. */
  get result(): ArticleResult | undefined {
    return this.resultValue;
  }

  /** The document the view is showing. */
  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Re-read the analysis of the active article. */
  refresh(): void {
    this.show(this.document && this.service.ensure(this.document));
  }

  /** The sort key and the filter, remembered in the workspace state. */
  get order(): TreeOrder {
    return this.orderValue;
  }

  async setOrder(change: Partial<TreeOrder>): Promise<void> {
    this.orderValue = { ...this.orderValue, ...change };
    await this.memento?.update(ORDER_KEY, this.orderValue);
    this.refresh();
  }

  getTreeItem(node: ArticleNode): vscode.TreeItem {
    return this.resultValue ? treeItem(this.resultValue, node, this.orderValue) : new vscode.TreeItem("");
  }

  /** The same node objects each time for one analysis: TreeView.reveal finds an item by identity. */
  getChildren(node?: ArticleNode): ArticleNode[] {
    if (!this.resultValue) return [];
    let kids = this.kids.get(node);
    if (!kids) {
      kids = children(this.resultValue, node, this.orderValue);
      this.kids.set(node, kids);
      for (const k of kids) this.parents.set(k, node);
    }
    return kids;
  }

  getParent(node: ArticleNode): ArticleNode | undefined {
    return this.parents.get(node);
  }

  /** Selects the item for the place at the offset: the entity named there, else the statement there. */
  async revealAt(document: vscode.TextDocument, offset: number): Promise<void> {
    if (!this.resultValue || !this.view.visible || !this.document || !sameDocument(document, this.document)) return;
    // The selected item already leads there (a click in the tree put the cursor there): leave the selection alone.
    const selected = this.selection && targetSpan(this.selection);
    if (selected && selected.start <= offset && offset < selected.end) return;
    const entity = entityAt(this.resultValue, offset);
    // A report inside an outlet's report ("Selon l'AFP, X a déclaré que …"): the innermost statement, as the hover shows.
    const quote = innermost(this.resultValue.analysis.quotes, (q) => q.start <= offset && offset < q.end);
    const node = entity
      ? this.find((n) => n.type === "entity" && n.entity.id === entity.id, (g) => g !== "statements")
      : quote && this.find((n) => n.type === "quote" && n.quote.id === quote.id, (g) => g === "statements");
    if (node) await this.view.reveal(node, { select: true, focus: false, expand: false });
  }

  /** The first node (down to statements under their speaker) that matches, in the groups that `groups` accepts. */
  private find(match: (n: ArticleNode) => boolean, groups: (g: string) => boolean): ArticleNode | undefined {
    const walk = (nodes: ArticleNode[], depth: number): ArticleNode | undefined => {
      for (const n of nodes) {
        if (match(n)) return n;
        if (depth < 2 && n.type !== "entity") {
          const hit = walk(this.getChildren(n), depth + 1);
          if (hit) return hit;
        }
      }
      return undefined;
    };
    return walk(this.getChildren().filter((g) => g.type === "group" && groups(g.group)), 0);
  }

  /** The item selected in the view, if any. */
  get selection(): ArticleNode | undefined {
    return this.view.selection[0];
  }

  header(): { description?: string; message?: string } {
    return { description: this.view.description, message: this.view.message };
  }

  nodeByLabel(groupLabel: string, label: string): ArticleNode | undefined {
    const labelOf = (n: ArticleNode) => {
      const l = this.getTreeItem(n).label;
      return typeof l === "string" ? l : l?.label;
    };
    const g = this.getChildren().find((n) => labelOf(n) === groupLabel);
    return g && this.getChildren(g).find((n) => labelOf(n) === label);
  }

  selectionLabel(): string | undefined {
    const item = this.selection && this.getTreeItem(this.selection);
    return typeof item?.label === "string" ? item.label : item?.label?.label;
  }

  /** Where an item leads in the article (its reveal command's arguments). */
  target(node: ArticleNode | undefined): { uri: string; start: number; end: number; version: number } | undefined {
    const span = node && this.resultValue && targetSpan(node);
    return span && this.resultValue ? { uri: this.resultValue.document.uri.toString(), start: span.start, end: span.end, version: this.resultValue.version } : undefined;
  }

  snapshot(node?: ArticleNode): TreeSnapshotNode[] {
    return snapshotOf(this, node);
  }

  /**
   * Shows the active editor's article; while another kind of editor is active (Settings, a log, JSON), the view
   * keeps the article it showed, or takes one that is still open (visible editors first, then the tabs).
   */
  private follow(editor: vscode.TextEditor | undefined): void {
    const document = editor && isArticle(editor.document) ? editor.document : this.fallback();
    if (document === this.document && document) return;
    this.document = document;
    this.show(document && this.service.ensure(document));
  }

  private fallback(): vscode.TextDocument | undefined {
    const open = openArticles();
    if (this.document && open.some((d) => sameDocument(d, this.document!))) return this.document;
    return open[0];
  }
  /**
   * Draws the state. Drawing the same analysis again is skipped: each redraw renews the items' command delegates,
   * and a click that lands during a redraw is lost ("Actual command not found").
   */
  private show(state: ArticleState | undefined): void {
    const shown = this.shown;
    if (shown && shown.state === state && shown.document === this.document && shown.order === this.orderValue) return;
    this.shown = { state, document: this.document, order: this.orderValue };
    this.resultValue = state?.kind === "ok" ? state.result : undefined;
    this.kids = new Map();
    this.parents = new Map();
    const view: ViewState = state ? state.kind : this.document ? "pending" : "none";
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.articleState", view);
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.treeFiltered", this.orderValue.filter !== "");
    const filter = this.orderValue.filter;
    this.view.description = this.document
      ? basename(this.document.uri) + (filter ? ` · ${vscode.l10n.t("filter: {0}", filter)}` : "")
      : undefined;
    this.view.message = this.message(state, view);
    this.emitter.fire(undefined);
  }

  /** The line above the tree for the states the welcome content does not cover. */
  private message(state: ArticleState | undefined, view: ViewState): string | undefined {
    if (state?.kind === "error") return vscode.l10n.t("The analysis failed: {0}", state.message);
    if (view === "pending") return vscode.l10n.t("Analysing {0}…", basename(this.document!.uri));
    if (!this.resultValue) return undefined;
    const a = this.resultValue.analysis;
    if (a.quotes.length + a.people.length + a.orgs.length + a.places.length === 0) {
      return vscode.l10n.t("No statement, person, organisation or place found in this article.");
    }
    const filter = this.orderValue.filter;
    if (filter && this.getChildren().every((g) => this.getChildren(g).length === 0)) {
      return vscode.l10n.t("Nothing matches the filter “{0}”.", filter);
    }
    return undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A plain copy of a tree provider's items under `node`, down to `depth` levels. */
export function snapshotOf<T>(provider: { getChildren(n?: T): T[]; getTreeItem(n: T): vscode.TreeItem }, node?: T, depth = Infinity): TreeSnapshotNode[] {
  if (depth <= 0) return [];
  return provider.getChildren(node).map((child) => {
    const item = provider.getTreeItem(child);
    const label = typeof item.label === "string" ? item.label : (item.label?.label ?? "");
    return {
      label,
      description: typeof item.description === "string" ? item.description : undefined,
      contextValue: item.contextValue,
      command: item.command && { command: item.command.command, arguments: item.command.arguments ?? [] },
      children: snapshotOf(provider, child, depth - 1),
    };
  });
}

function documentOf(state: ArticleState): vscode.TextDocument {
  return state.kind === "ok" ? state.result.document : state.document;
}

function sameDocument(a: vscode.TextDocument, b: vscode.TextDocument): boolean {
  return a.uri.toString() === b.uri.toString();
}

/** Article documents still open: those in visible editors first, then those of the tabs (each group's active tab first). */
function openArticles(): vscode.TextDocument[] {
  const documents = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const tabUris = vscode.window.tabGroups.all
    .flatMap((g) => [g.activeTab, ...g.tabs])
    .map((t) => (t?.input instanceof vscode.TabInputText ? t.input.uri.toString() : undefined));
  const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
  const open = new Set(tabUris);
  const found: vscode.TextDocument[] = [];
  for (const k of [...visible, ...tabUris]) {
    const d = k === undefined ? undefined : documents.get(k);
    if (d && !d.isClosed && isArticle(d) && open.has(k) && !found.includes(d)) found.push(d);
  }
  return found;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf("/") + 1) || uri.toString();
}
