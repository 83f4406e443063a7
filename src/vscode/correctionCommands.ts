// Commands that correct the analysis: a statement's speaker, an entity's type, a merge, and undo.
// They write the sidecar (see corrections.ts), never the article.
import * as vscode from "vscode";
import type { Entity, EntityKind, Quote } from "../engine";
import type { AnalysisService, ArticleResult } from "./analysisService";
import type { CorrectionStore } from "./corrections";
import { innermost } from "./navigation";
import { currentArticle } from "./reportCommands";
import type { ArticleTree } from "./tree";
import type { ArticleNode } from "./treeNodes";

export function registerCorrectionCommands(service: AnalysisService, tree: ArticleTree, store: CorrectionStore): vscode.Disposable[] {
  const current = (): ArticleResult | undefined => currentArticle(service, tree);
  /** The quote of a tree item, else the one under the editor's cursor. */
  const quoteOf = (result: ArticleResult, node?: ArticleNode): Quote | undefined => {
    if (node?.type === "quote") return result.analysis.quotes.find((q) => q.start === node.quote.start && q.end === node.quote.end);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document !== result.document) return undefined;
    const at = result.document.offsetAt(editor.selection.active);
    return innermost(result.analysis.quotes, (q) => q.start <= at && at <= q.end);
  };
  const entityOf = (result: ArticleResult, node?: ArticleNode): Entity | undefined =>
    node?.type === "entity" ? result.entity(node.entity.id) ?? [...result.analysis.people, ...result.analysis.orgs, ...result.analysis.places].find((e) => e.name === node.entity.name) : undefined;
  const pick = async <T>(items: (vscode.QuickPickItem & { value: T })[], title: string, preset?: T) =>
    preset !== undefined ? preset : (await vscode.window.showQuickPick(items, { title }))?.value;
  const none = () => void vscode.window.setStatusBarMessage(vscode.l10n.t("Nothing to correct here."), 4000);

  return [
    vscode.commands.registerCommand("whoSaidWhat.changeSpeaker", async (node?: ArticleNode, preset?: string | null) => {
      const result = current();
      const quote = result && quoteOf(result, node);
      if (!result || !quote) return none();
      const a = result.analysis;
      const items = [...a.people, ...a.orgs].map((e) => ({ label: e.name, description: e.role, value: e.name as string | null }));
      items.push({ label: `$(circle-slash) ${vscode.l10n.t("No speaker")}`, description: undefined, value: null });
      const speaker = await pick(items, vscode.l10n.t("Who said this?"), preset);
      if (speaker === undefined) return undefined;
      await store.add(result.document, { op: "speaker", quote: { start: quote.start, end: quote.end, text: quote.text }, speaker });
      return speaker;
    }),
    vscode.commands.registerCommand("whoSaidWhat.retypeEntity", async (node?: ArticleNode, preset?: EntityKind | "none") => {
      const result = current();
      const entity = result && entityOf(result, node);
      if (!result || !entity) return none();
      const kinds: [EntityKind | "none", string][] = [["person", vscode.l10n.t("A person")], ["org", vscode.l10n.t("An organisation")], ["place", vscode.l10n.t("A place")], ["none", vscode.l10n.t("Not a name")]];
      const kind = await pick(kinds.filter(([k]) => k !== entity.kind).map(([value, label]) => ({ label, value })), vscode.l10n.t("“{0}” is…", entity.name), preset);
      if (kind === undefined) return undefined;
      await store.add(result.document, { op: "retype", name: entity.name, kind });
      return kind;
    }),
    vscode.commands.registerCommand("whoSaidWhat.mergeEntity", async (node?: ArticleNode, preset?: string) => {
      const result = current();
      const entity = result && entityOf(result, node);
      if (!result || !entity) return none();
      const others = [...result.analysis.people, ...result.analysis.orgs, ...result.analysis.places].filter((e) => e.kind === entity.kind && e !== entity);
      const into = await pick(others.map((e) => ({ label: e.name, description: e.role, value: e.name })), vscode.l10n.t("Merge “{0}” into…", entity.name), preset);
      if (into === undefined) return undefined;
      await store.add(result.document, { op: "merge", from: entity.name, into });
      return into;
    }),
    vscode.commands.registerCommand("whoSaidWhat.undoCorrection", async () => {
      const result = current();
      if (!result || !(await store.undo(result.document))) {
        vscode.window.setStatusBarMessage(vscode.l10n.t("No correction to undo."), 4000);
        return false;
      }
      vscode.window.setStatusBarMessage(vscode.l10n.t("Last correction undone."), 4000);
      return true;
    }),
  ];
}
