// The Getting Started walkthrough: its steps, their media, and the sample it opens (an untitled copy of the founding article).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { EXTENSION_ID, extensionApi, FR_SEED, seedUri, showSeed, waitFor } from "./helpers";

describe("walkthrough", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  const root = () => vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;

  before(async () => { api = await extensionApi(); });
  after(() => vscode.commands.executeCommand("workbench.action.closeAllEditors"));

  it("has steps for the article, the tree, the hover, next quote, share of voice and export, each with its media", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root(), "package.json"), "utf8"));
    const [w] = pkg.contributes.walkthroughs as { steps: { id: string; media: { image: string }; description: string }[] }[];
    assert.deepEqual(w.steps.map((s) => s.id), ["openArticle", "tree", "hover", "nextQuote", "shareOfVoice", "export"]);
    const nls = JSON.parse(fs.readFileSync(path.join(root(), "package.nls.json"), "utf8"));
    const commands = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const s of w.steps) {
      assert.ok(fs.existsSync(path.join(root(), s.media.image)), s.media.image);
      const text = nls[/^%(.+)%$/.exec(s.description)![1]] as string;
      for (const m of text.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(m[1]) || m[1] === "whoSaidWhat.article.focus", m[1]);
    }
  });

  it("opens the founding article as an untitled article, analysed", async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>("whoSaidWhat.openSampleArticle");
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, "article");
    const founding = fs.readFileSync(path.join(root(), "seeds", "000_f28c37849755220d.txt"), "utf8");
    assert.equal(editor.document.getText(), founding);
    await waitFor("the analysis", () => api.getState(editor.document.uri) === "ok");
    assert.ok(api.getAnalysis(editor.document.uri)!.people.some((p) => p.name === "Wei Fenghe"));
    await waitFor("the tree on the sample", () => api.getTreeDocument() === editor.document.uri.toString());
    assert.ok(seedUri("000_f28c37849755220d.txt"));
  });

  it("from the walkthrough page, with another article open, the view moves to the sample", async () => {
    await showSeed(api, FR_SEED);
    await vscode.commands.executeCommand("workbench.action.openWalkthrough", `${EXTENSION_ID}#whoSaidWhat.gettingStarted`, false);
    await waitFor("the walkthrough in front", () => vscode.window.activeTextEditor === undefined);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>("whoSaidWhat.openSampleArticle");
    await waitFor("the analysis", () => api.getState(editor.document.uri) === "ok");
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(vscode.window.activeTextEditor?.document, editor.document);
    assert.equal(api.getTreeDocument(), editor.document.uri.toString());
  });
});
