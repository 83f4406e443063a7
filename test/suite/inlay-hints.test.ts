// "— Speaker" after direct quotes: left out where the name already follows, "— ?" when no one is bound, three modes.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { EN_SEED, extensionApi, FR_SEED, showSeed, waitFor } from "./helpers";

describe("inlay hints", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  const config = () => vscode.workspace.getConfiguration("whoSaidWhat");

  before(async () => {
    api = await extensionApi();
  });
  afterEach(async () => {
    for (const key of ["inlayHints.mode", "inlayHints.enabled", "inlayHints.unattributedText"]) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function hints(document: vscode.TextDocument): Promise<string[]> {
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const found = await vscode.commands.executeCommand<vscode.InlayHint[]>("vscode.executeInlayHintProvider", document.uri, whole);
    const text = document.getText();
    return found
      .map((h) => ({ offset: document.offsetAt(h.position), label: typeof h.label === "string" ? h.label : h.label.map((p) => p.value).join("") }))
      .filter((h) => h.label.startsWith("— "))
      .sort((a, b) => a.offset - b.offset)
      // the two characters before the hint, with the article's narrow or plain no-break spaces as a plain space
      .map((h) => `${text.slice(h.offset - 3, h.offset).replace(/[\u00a0\u202f]/g, " ")}${h.label}`);
  }

  it("names the speaker of French quotes, except where the name follows (« », a déclaré M. Wei »)", async () => {
    const document = (await showSeed(api, FR_SEED)).document;
    assert.deepEqual(await hints(document), [
      'x »— Wei Fenghe', // », a réaffirmé le ministre chinois de la Défense: a role, the name helps
      'n »— Wei Fenghe', // », s’est-il félicité
      ". »— Wei Fenghe", // Et de poursuivre : « … »
      's »— Amir Hatami', // », a-t-il réitéré
    ]);
  });

  it("leaves out the hint where the name or the pronoun follows the English quote", async () => {
    const document = (await showSeed(api, EN_SEED)).document;
    const got = await hints(document);
    // '…,” Ms. Okafor told', '…,” he said', '…,” said Mayor Linda Tremblay' get none.
    assert.equal(got.length, 3, JSON.stringify(got));
    assert.ok(got.every((h) => !/Okafor told|he said/.test(h)));
  });

  it("shows '— ?' after a direct quote with no speaker, or the text of the setting", async () => {
    const document = await vscode.workspace.openTextDocument({
      content: "Le conseil municipal a voté hier soir.\n\n« Nous ne céderons rien. »\n\nLa séance a été levée à minuit.\n",
      language: "plaintext",
    });
    await vscode.window.showTextDocument(document, { preview: false });
    try {
      await waitFor("the analysis", () => api.getState(document.uri) === "ok");
      const quote = api.getAnalysis(document.uri)!.quotes.find((q) => q.kind === "direct");
      assert.ok(quote && !quote.speaker, JSON.stringify(quote));
      assert.deepEqual(await hints(document), [". »— ?"]);
      await config().update("inlayHints.unattributedText", "source ?", vscode.ConfigurationTarget.Global);
      await waitFor("the new text", () => true);
      assert.deepEqual(await hints(document), [". »— source ?"]);
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });

  it("shows hints only on the cursor's line in currentLine mode, none when off or when the old setting is false", async () => {
    const editor = await showSeed(api, FR_SEED);
    const document = editor.document;
    await config().update("inlayHints.mode", "currentLine", vscode.ConfigurationTarget.Global);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.deepEqual(await hints(document), []);
    const hatami = api.getAnalysis(document.uri)!.quotes.find((q) => q.kind === "direct" && q.speaker?.name === "Amir Hatami")!;
    const p = document.positionAt(hatami.end);
    editor.selection = new vscode.Selection(p, p);
    assert.deepEqual(await hints(document), ["s »— Amir Hatami"]);
    await config().update("inlayHints.mode", "off", vscode.ConfigurationTarget.Global);
    assert.deepEqual(await hints(document), []);
    await config().update("inlayHints.mode", "always", vscode.ConfigurationTarget.Global);
    assert.equal((await hints(document)).length, 4);
    await config().update("inlayHints.enabled", false, vscode.ConfigurationTarget.Global);
    assert.deepEqual(await hints(document), []);
  });
});
