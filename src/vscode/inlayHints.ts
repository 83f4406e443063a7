// After each direct quote, "— Speaker", when the setting allows it.
import * as vscode from "vscode";
import type { AnalysisService } from "./analysisService";
import type { ConfigStore } from "./config";
import { speakerName } from "./labels";

export class SpeakerInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[];
  readonly onDidChangeInlayHints = this.emitter.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly config: ConfigStore,
  ) {
    this.disposables = [
      this.emitter,
      service.onDidAnalyze(() => this.emitter.fire()),
      config.onDidChange(() => this.emitter.fire()),
    ];
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!this.config.current.inlayHints) return [];
    // Only a finished analysis: computing here would bypass the debounce while the user types.
    const state = this.service.get(document);
    if (state?.kind !== "ok" || !state.result.isCurrent) return [];
    const result = state.result;
    const first = document.offsetAt(range.start);
    const last = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const q of result.analysis.quotes) {
      if (q.kind !== "direct" || q.end < first || q.end > last) continue;
      const name = speakerName(result, q);
      if (name === undefined) continue;
      const hint = new vscode.InlayHint(result.range({ start: q.end, end: q.end }).start, `— ${name}`);
      hint.paddingLeft = true;
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
