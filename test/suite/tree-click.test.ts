// A click on a tree item shows the place and puts the cursor there, without a selection that typing would replace.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { extensionApi, FOUNDING_SEED, FR_SEED, group, offsets, openSeed, showSeed, waitFor } from "./helpers";

describe("clicking in the tree", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let document: vscode.TextDocument;

  before(async () => ({ api, document } = await openSeed(FR_SEED)));

  const person = (name: string) => {
    const node = group(api.getTreeSnapshot(), "People").children.find((n) => n.label === name);
    assert.ok(node?.command, `${name} has a command`);
    return node.command;
  };

  it("puts the cursor at the person's first mention, with nothing selected", async () => {
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const command = person("Amir Hatami");
    await vscode.commands.executeCommand(command.command, ...command.arguments);
    const start = document.getText().indexOf("Amir Hatami");
    assert.deepEqual(offsets(vscode.window.activeTextEditor!), [start, start]);
    assert.equal(document.isDirty, false);
  });

  it("puts the cursor at a statement's start and shows it", async () => {
    const first = group(api.getTreeSnapshot(), "Statements").children[0].children[0];
    assert.ok(first.command);
    const [, start] = first.command.arguments as [string, number, number];
    await vscode.commands.executeCommand(first.command.command, ...first.command.arguments);
    const editor = vscode.window.activeTextEditor!;
    assert.deepEqual(offsets(editor), [start, start]);
    const line = document.positionAt(start).line;
    assert.ok(editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line), "the statement is in view");
  });

  it("opens the selected item with the focus in the editor (Enter)", async () => {
    const config = vscode.workspace.getConfiguration("whoSaidWhat");
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const start = document.getText().indexOf("Wei Fenghe");
    // Select Wei Fenghe in the view through the follow-cursor setting, then move the cursor away.
    await config.update("tree.followCursor", true, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand("whoSaidWhat.article.focus");
      editor.selection = new vscode.Selection(document.positionAt(start + 2), document.positionAt(start + 2));
      await waitFor("Wei Fenghe selected in the tree", () => api.getTreeSelection() === "Wei Fenghe", 5_000);
    } finally {
      await config.update("tree.followCursor", undefined, vscode.ConfigurationTarget.Global);
    }
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand("whoSaidWhat.openTreeItem");
    assert.deepEqual(offsets(vscode.window.activeTextEditor!), [start, start]);
  });
});

describe("a person's references in the tree", function () {
  this.timeout(60_000);

  it("lists the pronouns and roles bound to Wei Fenghe beside his name mentions, in text order", async () => {
    const api = await extensionApi();
    const document = (await showSeed(api, FR_SEED)).document;
    const wei = group(api.getTreeSnapshot(), "People").children.find((n) => n.label === "Wei Fenghe")!;
    const refs = wei.children.filter((c) => c.contextValue?.startsWith("mention"));
    const bound = refs.filter((c) => c.contextValue === "mention.bound").map((c) => c.label);
    assert.ok(bound.includes("le ministre chinois de la Défense") && bound.includes("il"), JSON.stringify(bound));
    const starts = refs.map((c) => c.command!.arguments[1] as number);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(refs.length - bound.length, api.getAnalysis(document.uri)!.people.find((p) => p.name === "Wei Fenghe")!.mentions.length);
  });

  it("lists the four 'le ministre chinois de la Défense' of the founding article under Wei Fenghe, each once", async () => {
    const api = await extensionApi();
    const document = (await showSeed(api, FOUNDING_SEED)).document;
    const wei = api.getAnalysis(document.uri)!.people.find((p) => p.name === "Wei Fenghe")!;
    const roles = (wei.references ?? []).filter((r) => r.text === "le ministre chinois de la Défense").map((r) => r.start);
    assert.equal(roles.length, 4, JSON.stringify(wei.references));
    const node = group(api.getTreeSnapshot(), "People").children.find((n) => n.label === "Wei Fenghe")!;
    const refs = node.children.filter((c) => c.contextValue?.startsWith("mention"));
    const starts = refs.map((c) => c.command!.arguments[1] as number);
    const bound = refs.filter((c) => c.contextValue === "mention.bound").map((c) => c.command!.arguments[1] as number);
    for (const start of roles) assert.ok(bound.includes(start), `${start} in ${JSON.stringify(bound)}`);
    assert.equal(refs.filter((c) => c.label === "le ministre chinois de la Défense").length, 4);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), "in the order of the text");
    assert.equal(new Set(starts).size, starts.length, "a role that is also a speaker mention is listed once");
    assert.equal(refs.length - bound.length, wei.mentions.length);
  });
});
