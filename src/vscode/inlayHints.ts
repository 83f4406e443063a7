// After each direct quote, "— Speaker" (or "— ?" when no one is bound), as the setting inlayHints.mode allows:
// always, on the cursor's lines only, or off. Left out where the speaker already stands right after the quote.
import * as vscode from "vscode";
import type { Quote } from "../engine";
import type { AnalysisService } from "./analysisService";
import type { ConfigStore } from "./config";
import { speakerName } from "./labels";

/** Spaces and the punctuation that closes a quote or opens an incise. */
const PUNCT = /^[\s,;:.!?»”"’'—–-]*/u;
/** At most two capitalised words before a name: a title or an honorific ("Ms. ", "M. ", "Mayor "). */
const TITLES = /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/**
 * True when a reader sees the speaker right after the quote without the hint: the bound mention follows with only
 * punctuation between ("…” he said"), the name follows after a title ("…,” Ms. Okafor told"), or after the quote's
 * cue ("», a déclaré M. Wei", "…,” said Mayor Linda Tremblay"). A role or a pronoun after the cue
 * ("», a réaffirmé le ministre…", "», a-t-il réitéré") still gets the name.
 */
export function speakerFollows(text: string, quote: Quote, name: string): boolean {
  const s = quote.speaker;
  const mention = s?.mention;
  if (!s || !mention || mention.start < quote.end) return false;
  const gap = text.slice(quote.end, mention.start);
  const rest = gap.slice(PUNCT.exec(gap)![0].length);
  if (rest === "") return true;
  const words = new Set(name.split(/\s+/));
  const isName = !s.pronoun && text.slice(mention.start, mention.end).split(/\s+/).some((w) => words.has(w));
  if (!isName) return false;
  if (TITLES.test(rest)) return true;
  const cue = quote.cue;
  if (!cue || cue.start < quote.end || cue.end > mention.start) return false;
  const beforeCue = text.slice(quote.end, cue.start);
  return PUNCT.exec(beforeCue)![0].length === beforeCue.length && TITLES.test(text.slice(cue.end, mention.start).trimStart());
}

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
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.config.current.hintMode !== "currentLine") return;
        const before = this.lines.get(e.textEditor.document.uri.toString());
        const now = cursorLines(e.textEditor);
        if (!before || before.join() !== now.join()) this.emitter.fire();
      }),
    ];
  }

  /** The cursor lines each document's hints were last given for (currentLine mode). */
  private readonly lines = new Map<string, number[]>();

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const { hintMode, unattributedHint } = this.config.current;
    if (hintMode === "off") return [];
    // Only a finished analysis: computing here would bypass the debounce while the user types.
    const state = this.service.get(document);
    if (state?.kind !== "ok" || !state.result.isCurrent) return [];
    const result = state.result;
    const text = document.getText();
    let onLine: (line: number) => boolean = () => true;
    if (hintMode === "currentLine") {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
      const lines = editor ? cursorLines(editor) : [];
      this.lines.set(document.uri.toString(), lines);
      onLine = (line) => lines.includes(line);
    }
    const first = document.offsetAt(range.start);
    const last = document.offsetAt(range.end);
    const hints: vscode.InlayHint[] = [];
    for (const q of result.analysis.quotes) {
      if (q.kind !== "direct" || q.end < first || q.end > last) continue;
      const position = result.range({ start: q.end, end: q.end }).start;
      if (!onLine(position.line)) continue;
      const name = speakerName(result, q);
      const label = name ?? unattributedHint;
      if (!label || (name !== undefined && speakerFollows(text, q, name))) continue;
      const hint = new vscode.InlayHint(position, `— ${label}`);
      hint.paddingLeft = true;
      if (name === undefined) hint.tooltip = vscode.l10n.t("No speaker found for this quote.");
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function cursorLines(editor: vscode.TextEditor): number[] {
  return editor.selections.map((s) => s.active.line);
}
