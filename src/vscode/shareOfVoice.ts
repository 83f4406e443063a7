// The share-of-voice panel: a webview that follows the active article and redraws on each new analysis.
// Strict CSP (default-src 'none': no script, no image, no remote content; one nonce'd stylesheet), bars in SVG, colours from the theme.
import * as vscode from "vscode";
import { shareOfVoice, type ShareOfVoice, type Tally } from "../engine";
import { AnalysisService, ArticleResult, isArticle } from "./analysisService";
import { reportLabels } from "./reportLabels";

export const SHARE_OF_VOICE_VIEW = "whoSaidWhat.shareOfVoice";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (t: Tally) => `${Math.round(t.share * 100)}\u00a0%`;

function nonce(): string {
  let s = "";
  for (let i = 0; i < 32; i++) s += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 62)];
  return s;
}

/** One table of bars: label, bar, statements, words, share. */
function bars(title: string, rows: { label: string; tally: Tally; cls: string }[]): string {
  const L = reportLabels();
  const body = rows.map((r) => `<tr><th scope="row">${esc(r.label)}</th>` +
    `<td class="bar"><svg width="100%" height="14" role="img" aria-label="${pct(r.tally)}"><rect class="${r.cls}" x="0" y="1" height="12" width="${(r.tally.share * 100).toFixed(1)}%"/></svg></td>` +
    `<td class="num">${r.tally.statements}</td><td class="num">${r.tally.words}</td><td class="num">${pct(r.tally)}</td></tr>`).join("");
  return `<h2>${esc(title)}</h2><table><thead><tr><th></th><th></th><th class="num">${esc(L.statements)}</th><th class="num">${esc(L.words)}</th><th class="num">${esc(L.share)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function shareOfVoiceHtml(file: string | undefined, voice: ShareOfVoice | undefined): string {
  const L = reportLabels();
  const n = nonce();
  const csp = `default-src 'none'; style-src 'nonce-${n}';`;
  let body: string;
  if (!voice || file === undefined) body = `<p>${esc(vscode.l10n.t("Open an article to see who gets the quoted words."))}</p>`;
  else if (!voice.statements) body = `<h1>${esc(file)}</h1><p>${esc(L.noStatements)}</p>`;
  else {
    body = `<h1>${esc(file)}</h1><p class="sub">${esc(vscode.l10n.t("{0} statements, {1} quoted words", voice.statements, voice.words))}</p>` +
      bars(L.bySpeaker, voice.speakers.map((v) => ({ label: v.name ?? L.unattributed, tally: v, cls: v.kind }))) +
      bars(L.byGender, (["f", "m", "unknown"] as const).map((g) => ({ label: L.genders[g], tally: voice.byGender[g], cls: `g-${g}` }))) +
      bars(L.bySource, (["person", "org", "unnamed", "unattributed"] as const).map((s) => ({ label: L.sources[s], tally: voice.bySource[s], cls: s })));
  }
  return `<!DOCTYPE html><html lang="${esc(vscode.env.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${n}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px; }
h1 { font-size: 1.2em; font-weight: 600; } h2 { font-size: 1em; font-weight: 600; margin-top: 1.4em; }
.sub { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; width: 100%; max-width: 720px; }
th, td { padding: 2px 6px; text-align: left; font-weight: normal; } th[scope=row] { white-space: nowrap; }
td.bar { width: 50%; } .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
rect { fill: var(--vscode-charts-blue); }
rect.org { fill: var(--vscode-charts-orange); } rect.unnamed { fill: var(--vscode-charts-yellow); }
rect.unattributed, rect.g-unknown { fill: var(--vscode-charts-lines, var(--vscode-descriptionForeground)); }
rect.g-f { fill: var(--vscode-charts-purple); } rect.g-m { fill: var(--vscode-charts-green); }
</style></head><body>${body}</body></html>`;
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
