// The share-of-voice panel: a webview that follows the active article and redraws on each new analysis.
// Strict CSP, bars in SVG, colours from the theme (webviewChart.ts).
import * as vscode from "vscode";
import { shareOfVoice, type ShareOfVoice } from "../engine";
import { AnalysisService, ArticleResult, isArticle } from "./analysisService";
import { reportLabels } from "./reportLabels";
import { bars, chartPage, esc } from "./webviewChart";

export const SHARE_OF_VOICE_VIEW = "whoSaidWhat.shareOfVoice";

export function shareOfVoiceHtml(file: string | undefined, voice: ShareOfVoice | undefined): string {
  const L = reportLabels();
  let body: string;
  if (!voice || file === undefined) body = `<p>${esc(vscode.l10n.t("Open an article to see who gets the quoted words."))}</p>`;
  else if (!voice.statements) body = `<h1>${esc(file)}</h1><p>${esc(L.noStatements)}</p>`;
  else {
    body = `<h1>${esc(file)}</h1><p class="sub">${esc(vscode.l10n.t("{0} statements, {1} quoted words", voice.statements, voice.words))}</p>` +
      bars(L.bySpeaker, voice.speakers.map((v) => ({ label: v.name ?? L.unattributed, tally: v, cls: v.kind }))) +
      bars(L.byGender, (["f", "m", "unknown"] as const).map((g) => ({ label: L.genders[g], tally: voice.byGender[g], cls: `g-${g}` }))) +
      bars(L.bySource, (["person", "org", "unnamed", "unattributed"] as const).map((s) => ({ label: L.sources[s], tally: voice.bySource[s], cls: s })));
  }
  return chartPage(body);
}

/** Opens once, then follows the active article; the tests read `model`. */
export class ShareOfVoicePanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the panel shows now: the article's URI and its numbers. */
  model?: { uri: string; voice: ShareOfVoice };

  constructor(private readonly service: AnalysisService, private readonly current: () => ArticleResult | undefined) {
    this.disposables.push(
      service.onDidAnalyze((s) => { if (s.kind === "ok" && s.result.document === vscode.window.activeTextEditor?.document) this.render(s.result); }),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e && isArticle(e.document)) this.render(); }),
    );
  }

  show(): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(SHARE_OF_VOICE_VIEW, vscode.l10n.t("Share of Voice"), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; this.model = undefined; }, null, this.disposables);
    } else this.panel.reveal(undefined, true);
    this.render();
  }

  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  private render(result = this.current()): void {
    if (!this.panel) return;
    const voice = result && shareOfVoice(result.analysis);
    this.model = result && voice ? { uri: result.document.uri.toString(), voice } : undefined;
    const file = result && vscode.workspace.asRelativePath(result.document.uri, false);
    this.panel.title = file ? vscode.l10n.t("Share of Voice: {0}", file.split("/").pop()!) : vscode.l10n.t("Share of Voice");
    this.panel.webview.html = shareOfVoiceHtml(file, voice);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
