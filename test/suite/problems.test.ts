// The Problems panel (opt-in): quotes with no speaker, unbalanced quote marks; the quick fix only shows the place.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { extensionApi, FR_SEED, showSeed, waitFor } from "./helpers";

describe("problems", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  const setting = () => vscode.workspace.getConfiguration("whoSaidWhat");
  const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Who Said What");

  before(async () => { api = await extensionApi(); });
  after(async () => {
    await setting().update("problems.enabled", undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("lists nothing while the setting is off, and nothing on a clean article when on", async () => {
    const fr = await showSeed(api, FR_SEED);
    assert.deepEqual(ours(fr.document.uri), []);
    await setting().update("problems.enabled", true, vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(ours(fr.document.uri).map((d) => d.message), []);
  });

  it("reports a quote with no speaker and an unclosed mark as Information, with a quick fix that selects the place", async () => {
    const content = "Titre\n\n« Nous partirons demain. »\n\nLe ministre a parlé. « Tout ira bien, a-t-il dit.\n";
    const doc = await vscode.workspace.openTextDocument({ language: "article", content });
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor("two diagnostics", () => (ours(doc.uri).length >= 2 ? ours(doc.uri) : undefined));
    assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const noSpeaker = diags.find((d) => d.code === "no-speaker");
    const open = diags.find((d) => d.code === "unbalanced-mark");
    assert.equal(noSpeaker && doc.getText(noSpeaker.range), "« Nous partirons demain. »");
    assert.equal(open && doc.getText(open.range), "«");
    assert.equal(open!.range.start.line, 4);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", doc.uri, open!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.command?.command === "whoSaidWhat.revealProblem");
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.edit, undefined, "the fix never edits");
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), "«");
    assert.equal(editor.document.getText(), content);
    await setting().update("problems.enabled", false, vscode.ConfigurationTarget.Global);
    await waitFor("diagnostics cleared", () => ours(doc.uri).length === 0);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });
});
