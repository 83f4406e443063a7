// The view keeps showing the article while another kind of editor (Settings, a log, JSON) is active.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { EN_SEED, FR_SEED, group, labels, openSeed, showSeed, waitFor } from "./helpers";

describe("the article the view shows", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let fr: vscode.TextDocument;

  before(async () => ({ api, document: fr } = await openSeed(FR_SEED)));

  const people = () => labels(group(api.getTreeSnapshot(), "People").children);
  const pause = () => new Promise((r) => setTimeout(r, 300));
  /** After a pause, the view still shows the French article and its people. */
  async function stillOnFrench(): Promise<void> {
    await pause();
    assert.equal(api.getTreeDocument(), fr.uri.toString());
    assert.ok(people().includes("Wei Fenghe"));
  }

  it("stays on the last article when a log file becomes active", async () => {
    const log = await vscode.workspace.openTextDocument({ content: "2026-12-07 INFO started\n", language: "log" });
    await vscode.window.showTextDocument(log, { preview: false });
    try {
      await stillOnFrench();
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });

  it("stays on the last article when the Settings editor is active", async () => {
    await vscode.commands.executeCommand("workbench.action.openSettings2");
    try {
      await waitFor("no active text editor", () => vscode.window.activeTextEditor === undefined);
      await stillOnFrench();
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    }
  });

  it("falls back to an article still open when the one it showed is closed", async () => {
    const en = (await showSeed(api, EN_SEED)).document;
    await vscode.window.showTextDocument(fr, { preview: false });
    await waitFor("the French tree", () => api.getTreeDocument() === fr.uri.toString());
    const json = await vscode.workspace.openTextDocument({ content: '{ "a": 1 }', language: "json" });
    await vscode.window.showTextDocument(json, { preview: false });
    await vscode.window.showTextDocument(fr, { preview: false });
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    await waitFor("the English article", () => api.getTreeDocument() === en.uri.toString());
    assert.ok(people().includes("Sarah Okafor"));
    await vscode.window.showTextDocument(json, { preview: false });
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    fr = (await showSeed(api, FR_SEED)).document;
  });

  it("is empty, with the welcome text, once no article is open", async () => {
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
    await waitFor("the empty view", () => api.getTreeSnapshot().length === 0 && api.getTreeDocument() === undefined);
    fr = (await showSeed(api, FR_SEED)).document;
  });
});
