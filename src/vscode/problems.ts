// The Problems panel (opt-in, `whoSaidWhat.problems.enabled`): quotes with no speaker and unbalanced quote marks,
// as Information diagnostics. The quick fix only shows the place; nothing here edits the text.
import * as vscode from "vscode";
import { unbalancedMarks, unnamedSource } from "../engine";
import type { AnalysisService, ArticleResult } from "./analysisService";
import type { ConfigStore } from "./config";

export const REVEAL_PROBLEM_COMMAND = "whoSaidWhat.revealProblem";
const SOURCE = "Who Said What";
export const PROBLEM_CODES = { noSpeaker: "no-speaker", unbalanced: "unbalanced-mark" } as const;

export function problemsOf(result: ArticleResult): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  const add = (range: vscode.Range, message: string, code: string) => {
    const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Information);
    d.source = SOURCE;
    d.code = code;
    out.push(d);
  };
  for (const q of result.analysis.quotes) {
    const s = q.speaker;
    if (s?.entity || s?.name || unnamedSource(s)) continue;
    add(result.range(q), vscode.l10n.t("This quote has no speaker: nobody in the text is bound to it."), PROBLEM_CODES.noSpeaker);
  }
  const text = result.document.getText();
  const analysed = result.analysis.truncated?.analysedLength ?? text.length;
  for (const m of unbalancedMarks(text.slice(0, analysed))) {
    add(result.range(m), m.side === "open"
      ? vscode.l10n.t("The quote mark {0} is never closed.", m.mark)
      : vscode.l10n.t("The quote mark {0} closes no quote.", m.mark), PROBLEM_CODES.unbalanced);
  }
  return out;
}

export class ArticleProblems implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection("whoSaidWhat");
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly service: AnalysisService, private readonly config: ConfigStore) {
    this.disposables.push(
      service.onDidAnalyze((s) => {
        if (s.kind === "ok") this.update(s.result);
        else this.collection.delete(s.document.uri);
      }),
      config.onDidChange(() => this.refreshAll()),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    );
    this.refreshAll();
  }

  private update(result: ArticleResult): void {
    if (!this.config.current.problems) this.collection.delete(result.document.uri);
    else this.collection.set(result.document.uri, problemsOf(result));
  }

  private refreshAll(): void {
    if (!this.config.current.problems) { this.collection.clear(); return; }
    for (const d of vscode.workspace.textDocuments) {
      const s = this.service.ensure(d);
      if (s?.kind === "ok") this.update(s.result);
    }
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics.filter((d) => d.source === SOURCE).map((d) => {
      const action = new vscode.CodeAction(
        d.code === PROBLEM_CODES.noSpeaker ? vscode.l10n.t("Show the Quote") : vscode.l10n.t("Show the Quote Mark"),
        vscode.CodeActionKind.QuickFix,
      );
      action.diagnostics = [d];
      action.command = {
        command: REVEAL_PROBLEM_COMMAND,
        title: action.title,
        arguments: [document.uri.toString(), document.offsetAt(d.range.start), document.offsetAt(d.range.end)],
      };
      return action;
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
