// Sorting and filtering the view, its context menu, its empty states.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { EN_SEED, FR_SEED, group, labels, openSeed, showSeed, waitFor } from "./helpers";

describe("ordering and filtering the view", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let document: vscode.TextDocument;

  before(async () => ({ api, document } = await openSeed(FR_SEED)));
  after(async () => {
    await vscode.commands.executeCommand("whoSaidWhat.sortTree", "appearance");
    await vscode.commands.executeCommand("whoSaidWhat.clearTreeFilter");
  });

  const people = () => labels(group(api.getTreeSnapshot(), "People").children);
  const speakers = () => labels(group(api.getTreeSnapshot(), "Statements").children);

  it("lists people by appearance, by name, by statements and by mentions", async () => {
    const a = api.getAnalysis(document.uri)!;
    const byAppearance = [...a.people].sort((x, y) => x.mentions[0].start - y.mentions[0].start).map((p) => p.name);
    assert.deepEqual(people(), byAppearance);
    await vscode.commands.executeCommand("whoSaidWhat.sortTree", "name");
    assert.deepEqual(people(), [...byAppearance].sort((x, y) => x.localeCompare(y)));
    await vscode.commands.executeCommand("whoSaidWhat.sortTree", "statements");
    const said = (name: string) => a.quotes.filter((q) => q.speaker?.name === name).length;
    const counts = people().map(said);
    assert.deepEqual(counts, [...counts].sort((x, y) => y - x));
    assert.equal(people()[0], "Wei Fenghe");
    assert.equal(speakers()[0], "Wei Fenghe");
    await vscode.commands.executeCommand("whoSaidWhat.sortTree", "mentions");
    const mentions = people().map((n) => a.people.find((p) => p.name === n)!.mentions.length);
    assert.deepEqual(mentions, [...mentions].sort((x, y) => y - x));
  });

  it("keeps the sort for the next article", async () => {
    await vscode.commands.executeCommand("whoSaidWhat.sortTree", "name");
    await showSeed(api, EN_SEED);
    assert.deepEqual(people(), [...people()].sort((x, y) => x.localeCompare(y)));
    document = (await showSeed(api, FR_SEED)).document;
  });

  it("filters names, roles and statements, ignoring accents, and says so in the description", async () => {
    await vscode.commands.executeCommand("whoSaidWhat.filterTree", "defense");
    assert.deepEqual(people(), ["Wei Fenghe"], "the role 'ministre chinois de la Défense' matches");
    assert.match(api.getTreeHeader().description ?? "", /chine-iran-defense\.fr\.txt · filter: defense/);
    await vscode.commands.executeCommand("whoSaidWhat.filterTree", "zzzz");
    assert.deepEqual(people(), []);
    assert.match(api.getTreeHeader().message ?? "", /Nothing matches the filter “zzzz”/);
    await vscode.commands.executeCommand("whoSaidWhat.clearTreeFilter");
    assert.ok(people().length >= 4);
    assert.equal(api.getTreeHeader().message, undefined);
    assert.equal(api.getTreeHeader().description, "chine-iran-defense.fr.txt");
  });

  it("copies a name and a person's statements with file and line", async () => {
    // The tree's own node object, as the context menu passes it.
    const hatami = api.getTreeNode("People", "Amir Hatami");
    assert.ok(hatami);
    assert.equal(await vscode.commands.executeCommand("whoSaidWhat.copyName", hatami), "Amir Hatami");
    assert.equal(await vscode.env.clipboard.readText(), "Amir Hatami");
    const copied = await vscode.commands.executeCommand<string>("whoSaidWhat.copyStatements", hatami);
    const lines = copied.split("\n");
    assert.equal(lines.length, 2);
    for (const l of lines) assert.match(l, /^“.+” — Amir Hatami \(chine-iran-defense\.fr\.txt, line \d+\)$/);
    const count = await vscode.commands.executeCommand<number>("whoSaidWhat.showMentions", hatami);
    assert.equal(count, 3, "two name mentions and the bound 'il'");
    await vscode.commands.executeCommand("closeReferenceSearch");
  });

  it("says the article is being analysed instead of 'No article is open'", async () => {
    const line = "« Nous tiendrons bon », a déclaré Jean Dupont à Paris.\n";
    const big = await vscode.workspace.openTextDocument({ content: line.repeat(4000), language: "plaintext" });
    await vscode.window.showTextDocument(big, { preview: false });
    try {
      await waitFor("the analysing message", () => /^Analysing Untitled-\d+…$/.test(api.getTreeHeader().message ?? ""));
      await waitFor("the analysis", () => api.getState(big.uri) === "ok", 30_000);
      await waitFor("no message", () => api.getTreeHeader().message === undefined);
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });
});
