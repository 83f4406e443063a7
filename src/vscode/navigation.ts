// Moving around an article: from quote to quote, and to a place the tree or a link points at.
import * as vscode from "vscode";
import type { Quote, Span } from "../engine";
import { spanToRange } from "./analysisService";

/**
 * The shortest quote that matches: where one statement holds another ("Selon l'AFP, X a déclaré que …"), the inner
 * one, the statement a place inside both belongs to most closely (the hover shows the same).
 */
export function innermost(quotes: readonly Quote[], match: (q: Quote) => boolean): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes) if (match(q) && (!best || q.end - q.start < best.end - best.start)) best = q;
  return best;
}

/**
 * The quote to go to from the selection. The quote the selection stands on (its start inside the quote, whichever
 * way it was made) counts as the current one: "previous" goes before it, "next" after it, so each call moves.
 */
export function neighbourQuote(quotes: readonly Quote[], selection: Span, direction: 1 | -1): Quote | undefined {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const here = Math.min(selection.start, selection.end);
  if (direction === 1) return sorted.find((q) => q.start > here);
  const current = sorted.filter((q) => q.start <= here && here < q.end).at(-1);
  const limit = current ? current.start : here;
  return sorted.filter((q) => q.start < limit).at(-1);
}

export interface RevealOptions {
  /** Move the keyboard focus to the editor (double click, Enter); otherwise it stays where it is (the tree). */
  focus?: boolean;
}

/**
 * Shows the span and puts the cursor at its start. Nothing is selected, so a keystroke that lands in the editor
 * by mistake inserts a character instead of replacing a name.
 */
export async function revealSpan(document: vscode.TextDocument, span: Span, options: RevealOptions = {}): Promise<vscode.TextEditor> {
  const range = spanToRange(document, span);
  const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn;
  const editor = await vscode.window.showTextDocument(document, {
    selection: new vscode.Range(range.start, range.start),
    viewColumn: column,
    preview: !options.focus,
    preserveFocus: !options.focus,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Tells a double click from a single one: the tree runs an item's command on each click of a double click
 * (VS Code gives extension trees no double-click event), so a second run on the same target soon after is one.
 */
export class DoubleClickDetector {
  private last: { key: string; time: number } | undefined;

  constructor(private readonly delayMs = 500) {}

  isDouble(key: string, now = Date.now()): boolean {
    // The third run of a double click (the list's open on the second mouse-down, then its dblclick) counts too.
    const double = this.last !== undefined && this.last.key === key && now - this.last.time < this.delayMs;
    this.last = { key, time: now };
    return double;
  }
}
