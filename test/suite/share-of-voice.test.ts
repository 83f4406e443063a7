// The share-of-voice panel: numbers per speaker, gender hint and kind of source, live for the active article.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { EN_SEED, extensionApi, FR_SEED, showSeed, waitFor } from "./helpers";

describe("share of voice", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;

  before(async () => { api = await extensionApi(); });
  after(() => vscode.commands.executeCommand("workbench.action.closeAllEditors"));

  it("shows per speaker statements, words and shares, by gender hint and by kind of source", async () => {
    const editor = await showSeed(api, EN_SEED);
    await vscode.commands.executeCommand("whoSaidWhat.showShareOfVoice");
    const sov = await waitFor("the panel", () => api.getShareOfVoice()?.uri === editor.document.uri.toString() && api.getShareOfVoice());
    const row = (name: string) => sov.voice.speakers.find((s) => s.name === name)!;
    assert.deepEqual([row("Sarah Okafor").statements, row("Sarah Okafor").gender], [4, "f"]);
    assert.deepEqual([row("James Whitfield").statements, row("James Whitfield").gender], [4, "m"]);
    assert.equal(row("Statistics Canada").kind, "org");
    assert.equal(sov.voice.speakers.reduce((n, s) => n + s.words, 0), sov.voice.words);
    assert.ok(sov.voice.byGender.f.words > 0 && sov.voice.byGender.m.words > 0);
    assert.equal(sov.voice.bySource.unnamed.statements, 1);
    assert.match(sov.html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-\w+';"/);
    assert.doesNotMatch(sov.html, /<script|https?:\/\//);
    assert.match(sov.html, /<th scope="row">Sarah Okafor<\/th><td class="bar"><svg[^>]*><rect class="person" x="0" y="1" height="12" width="[\d.]+%"\/>/);
    assert.match(sov.html, /var\(--vscode-charts-purple\)/);
  });

  it("follows the active article and redraws when it changes", async () => {
    const fr = await showSeed(api, FR_SEED);
    await waitFor("the French article in the panel", () => api.getShareOfVoice()?.uri === fr.document.uri.toString());
    const before = api.getShareOfVoice()!.voice.statements;
    await fr.edit((e) => e.insert(new vscode.Position(0, 0), "« Nous sommes prêts », a déclaré Marie Curie.\n"));
    try {
      await waitFor("a redraw with one more statement", () => api.getShareOfVoice()!.voice.statements === before + 1);
      const marie = api.getShareOfVoice()!.voice.speakers.find((s) => s.name === "Marie Curie");
      assert.deepEqual([marie?.gender, marie?.evidence], ["f", "firstName"]);
    } finally {
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
  });
});
