// Corrections: a statement's speaker, an entity's type, a merge; in a sidecar beside the article (never in it),
// applied to every analysis, undoable, and carried into the exports.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { extensionApi, FR_SEED, group, labels, showSeed, waitFor } from "./helpers";

describe("corrections", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let document: vscode.TextDocument;
  let sidecar: string;
  let article: string;

  before(async () => {
    api = await extensionApi();
    document = (await showSeed(api, FR_SEED)).document;
    sidecar = document.uri.fsPath + ".wsw.json";
    article = fs.readFileSync(document.uri.fsPath, "utf8");
  });
  after(async () => {
    fs.rmSync(sidecar, { force: true });
    await vscode.commands.executeCommand("whoSaidWhat.refresh");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  const analysis = () => api.getAnalysis(document.uri)!;
  const until = (what: string, check: () => boolean) => waitFor(what, () => api.getState(document.uri) === "ok" && check());

  it("changes a statement's speaker from its tree item, writes the sidecar and keeps the article as it is", async () => {
    const q = analysis().quotes.find((x) => x.speaker?.name === "Wang Yi")!;
    const node = api.getTreeNode("Statements", "Wang Yi");
    assert.ok(node);
    await vscode.commands.executeCommand("whoSaidWhat.changeSpeaker", { type: "quote", quote: q }, "Amir Hatami");
    await until("the new speaker", () => analysis().quotes.find((x) => x.text === q.text)?.speaker?.name === "Amir Hatami");
    const saved = JSON.parse(fs.readFileSync(sidecar, "utf8"));
    assert.deepEqual(saved.corrections, [{ op: "speaker", quote: { start: q.start, end: q.end, text: q.text }, speaker: "Amir Hatami" }]);
    assert.equal(fs.readFileSync(document.uri.fsPath, "utf8"), article);
    assert.equal(document.isDirty, false);
    await waitFor("the tree without Wang Yi's statements", () => !labels(group(api.getTreeSnapshot(), "Statements").children).some((l) => l.startsWith("Wang Yi")));
  });

  it("marks a name as an organisation, merges two people, and applies all of it to every new analysis and export", async () => {
    const hatami = analysis().people.find((p) => p.name === "Amir Hatami")!;
    await vscode.commands.executeCommand("whoSaidWhat.mergeEntity", { type: "entity", entity: hatami }, "Wei Fenghe");
    await until("the merge", () => !analysis().people.some((p) => p.name === "Amir Hatami"));
    const wang = analysis().people.find((p) => p.name === "Wang Yi")!;
    await vscode.commands.executeCommand("whoSaidWhat.retypeEntity", { type: "entity", entity: wang }, "org");
    await until("Wang Yi as an organisation", () => analysis().orgs.some((o) => o.name === "Wang Yi"));
    await vscode.commands.executeCommand("whoSaidWhat.refresh");
    await until("the corrections after a fresh analysis", () => analysis().orgs.some((o) => o.name === "Wang Yi") && !analysis().people.some((p) => p.name === "Amir Hatami"));
    const csv = ((await vscode.commands.executeCommand("whoSaidWhat.exportAnalysis", "csv", "untitled")) as vscode.TextDocument).getText();
    assert.doesNotMatch(csv, /Amir Hatami|Wang Yi/);
    assert.match(csv, /,Wei Fenghe,/);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("undoes the corrections one by one, then removes the sidecar", async () => {
    assert.equal(await vscode.commands.executeCommand("whoSaidWhat.undoCorrection"), true);
    await until("Wang Yi a person again", () => analysis().people.some((p) => p.name === "Wang Yi"));
    await vscode.commands.executeCommand("whoSaidWhat.undoCorrection");
    await vscode.commands.executeCommand("whoSaidWhat.undoCorrection");
    await until("Wang Yi's statement back", () => analysis().quotes.some((q) => q.speaker?.name === "Wang Yi"));
    assert.equal(fs.existsSync(sidecar), false);
    assert.equal(await vscode.commands.executeCommand("whoSaidWhat.undoCorrection"), false);
  });
});
