// Go to Next / Previous Quote: each call moves to a neighbour, never re-selects the quote it stands on.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { extensionApi, FR_SEED, offsets, showSeed } from "./helpers";

describe("quote navigation", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let editor: vscode.TextEditor;
  let quotes: { start: number; end: number }[];

  before(async () => {
    api = await extensionApi();
    editor = await showSeed(api, FR_SEED);
    quotes = [...api.getAnalysis(editor.document.uri)!.quotes].sort((a, b) => a.start - b.start);
    assert.ok(quotes.length >= 3);
  });

  const at = (offset: number, anchor = offset) =>
    new vscode.Selection(editor.document.positionAt(anchor), editor.document.positionAt(offset));

  it("walks back through every quote from the end of the article", async () => {
    editor = await vscode.window.showTextDocument(editor.document, { preview: false });
    editor.selection = at(editor.document.getText().length);
    for (let i = quotes.length - 1; i >= 0; i--) {
      await vscode.commands.executeCommand("whoSaidWhat.previousQuote");
      assert.deepEqual(offsets(editor), [quotes[i].start, quotes[i].end], `step to quote ${i}`);
    }
  });

  it("walks forward through every quote from the start of the article", async () => {
    editor.selection = at(0);
    for (let i = 0; i < quotes.length; i++) {
      await vscode.commands.executeCommand("whoSaidWhat.nextQuote");
      assert.deepEqual(offsets(editor), [quotes[i].start, quotes[i].end], `step to quote ${i}`);
    }
  });

  it("from inside a quote, goes to the one before it (not to the same quote)", async () => {
    const q = quotes[2];
    editor.selection = at(q.start + 5);
    await vscode.commands.executeCommand("whoSaidWhat.previousQuote");
    assert.deepEqual(offsets(editor), [quotes[1].start, quotes[1].end]);
    await vscode.commands.executeCommand("whoSaidWhat.previousQuote");
    assert.deepEqual(offsets(editor), [quotes[0].start, quotes[0].end]);
  });

  it("from a quote selected end to start, goes to the one before it", async () => {
    const q = quotes[2];
    editor.selection = at(q.start, q.end);
    await vscode.commands.executeCommand("whoSaidWhat.previousQuote");
    assert.deepEqual(offsets(editor), [quotes[1].start, quotes[1].end]);
    editor.selection = at(q.start, q.end);
    await vscode.commands.executeCommand("whoSaidWhat.nextQuote");
    assert.deepEqual(offsets(editor), [quotes[3].start, quotes[3].end]);
  });
});
