// The share of voice across the folder: a webview drawn from the workspace index's merged totals (the engine's
// corpusShare), redrawn when the index changes, and the folder's Markdown report. Neither analyses an article:
// the index's workers did, once per content.
import * as vscode from "vscode";
import { corpusPeriods, toCorpusMarkdown, type CorpusShare } from "../engine";
import { corpusLabels, reportLabels } from "./reportLabels";
import { bars, chartPage, columns, esc } from "./webviewChart";
import type { WorkspaceIndex } from "./workspaceIndex";

export const FOLDER_SHARE_VIEW = "whoSaidWhat.folderShareOfVoice";
/** Rows per list in the panel (the report has its own limit). */
const TOP = 25;

export function folderShareHtml(share: CorpusShare, indexing: boolean): string {
  const L = reportLabels();
  const C = corpusLabels();
  let body = `<h1>${esc(C.title)}</h1><p class="sub">${esc(C.summary(share.articles, share.quoting, share.statements, share.words))}` +
    `${indexing ? ` ${esc(vscode.l10n.t("(indexing…)"))}` : ""}</p>`;
  if (!share.statements) return chartPage(`${body}<p>${esc(L.noStatements)}</p>`);
  const more = (n: number) => (n > TOP ? `<p class="sub">${esc(C.more(n - TOP))}</p>` : "");
  body += bars(L.byGender, (["f", "m", "unknown"] as const).map((g) => ({
    label: L.genders[g], tally: share.byGender[g], cls: `g-${g}`,
    title: vscode.l10n.t("{0} articles quote at least one", share.articlesQuoting[g]),
  })));
  body += bars(L.bySource, (["person", "org", "unnamed", "unattributed"] as const).map((s) => ({ label: L.sources[s], tally: share.bySource[s], cls: s })));
  if (share.byDate.length) {
    const others = vscode.l10n.t("others");
    body += columns(C.overTime, corpusPeriods(share.byDate).map((p) => ({
      label: p.period,
      title: vscode.l10n.t("{0}: {1} articles, {2} statements, {3} quoted words", p.period, p.articles, p.statements, p.words),
      parts: [{ value: p.f, cls: "g-f", label: L.genders.f }, { value: p.m, cls: "g-m", label: L.genders.m }, { value: p.words - p.f - p.m, cls: "g-unknown", label: others }],
    })), [{ cls: "g-f", label: L.genders.f }, { cls: "g-m", label: L.genders.m }, { cls: "g-unknown", label: vscode.l10n.t("others (gender unknown, organisations, unattributed)") }]);
  }
  body += bars(L.bySpeaker, share.speakers.slice(0, TOP).map((v) => ({
    label: v.name ?? L.unattributed, tally: v, cls: v.kind === "person" ? `g-${v.gender}` : v.kind,
    title: vscode.l10n.t("{0} · {1} articles", L.sources[v.kind], v.articles),
  }))) + more(share.speakers.length);
  body += bars(C.byArticle, share.byArticle.slice(0, TOP).map((a) => ({ label: a.id, tally: a, cls: "person", title: a.date ? `${a.id} · ${a.date}` : a.id })))
    + more(share.byArticle.length);
  return chartPage(body);
}

/** The folder's Markdown report: an untitled document (nothing is written to disk). */
export async function openFolderReport(index: WorkspaceIndex): Promise<vscode.TextEditor> {
  await index.ready();
  const title = vscode.workspace.name;
  const content = toCorpusMarkdown(index.share, { labels: reportLabels(), corpusLabels: corpusLabels(), ...(title ? { title } : {}) });
  const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Opens once, then redraws when the index changes; the tests read `model`. */
export class FolderSharePanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the panel shows now. */
  model?: CorpusShare;

  constructor(private readonly index: WorkspaceIndex) {
    this.disposables.push(index.onDidChange(() => this.render()));
  }

  async show(): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(FOLDER_SHARE_VIEW, vscode.l10n.t("Share of Voice: Folder"), { viewColumn: vscode.ViewColumn.Active },
        { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; this.model = undefined; }, null, this.disposables);
    } else this.panel.reveal();
    this.render();
    if (this.index.status.state === "idle") await this.index.start();
  }

  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  private render(): void {
    if (!this.panel) return;
    this.model = this.index.share;
    this.panel.webview.html = folderShareHtml(this.model, this.index.status.state === "indexing");
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
