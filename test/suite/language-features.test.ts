// Outline, Go to Symbol, Find All References, Go to Definition and highlights on the people of an article.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { extensionApi, FOUNDING_SEED, FR_SEED, group, showSeed, waitFor } from "./helpers";

describe("language features on people", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let document: vscode.TextDocument;
  let text: string;

  before(async () => {
    api = await extensionApi();
    document = (await showSeed(api, FR_SEED)).document;
    text = document.getText();
  });

  const at = (needle: string, nth = 0, delta = 1) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, needle);
    return document.positionAt(i + delta);
  };
  /** The texts of the locations in this article (references also list the folder's other articles). */
  const spans = (locations: vscode.Location[]) => locations.filter((l) => l.uri.toString() === document.uri.toString())
    .map((l) => text.slice(document.offsetAt(l.range.start), document.offsetAt(l.range.end)));

  it("gives the Outline people with their statements, in the order of the text", async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", document.uri);
    const wei = symbols.find((s) => s.name === "Wei Fenghe");
    assert.ok(wei, JSON.stringify(symbols.map((s) => s.name)));
    assert.equal(wei.detail, "ministre chinois de la Défense");
    const said = api.getAnalysis(document.uri)!.quotes.filter((q) => q.speaker?.name === "Wei Fenghe");
    assert.equal(wei.children.length, said.length);
    assert.ok(wei.children.every((c) => c.kind === vscode.SymbolKind.String && wei.range.contains(c.range)));
    assert.ok(symbols.some((s) => s.name === "Amir Hatami" && s.children.length === 2));
    assert.ok(symbols.some((s) => s.name === "Mehr News" && s.children.length === 1), "an organisation's statements too");
    const starts = symbols.map((s) => document.offsetAt(s.range.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it("finds every mention of Wei Fenghe and the role and pronouns bound to him", async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>("vscode.executeReferenceProvider", document.uri, at("Wei Fenghe"));
    const found = spans(refs);
    assert.ok(found.filter((t) => /Wei/.test(t)).length >= 3, JSON.stringify(found));
    assert.ok(found.includes("le ministre chinois de la Défense"), JSON.stringify(found));
    assert.ok(found.includes("il"), JSON.stringify(found));
  });

  it("finds the same references from a bound pronoun", async () => {
    const analysis = api.getAnalysis(document.uri)!;
    const q = analysis.quotes.find((x) => x.speaker?.pronoun && x.speaker.name === "Amir Hatami");
    assert.ok(q?.speaker?.mention);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      "vscode.executeReferenceProvider", document.uri, document.positionAt(q.speaker.mention.start),
    );
    const found = spans(refs);
    assert.ok(found.includes("Amir Hatami") && found.includes("il"), JSON.stringify(found));
    assert.ok(!found.some((t) => /Wei/.test(t)));
  });

  it("goes to the first full-name mention of a person from a later mention", async () => {
    const later = text.lastIndexOf("Hatami");
    const defs = await vscode.commands.executeCommand<vscode.Location[]>("vscode.executeDefinitionProvider", document.uri, document.positionAt(later + 1));
    assert.equal(defs.length, 1);
    assert.deepEqual(spans(defs), ["Amir Hatami"]);
    assert.equal(document.offsetAt(defs[0].range.start), text.indexOf("Amir Hatami"));
  });

  it("highlights the person's other mentions, not the word match", async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      "vscode.executeDocumentHighlights", document.uri, at("Amir Hatami"),
    );
    const words = highlights.map((h) => text.slice(document.offsetAt(h.range.start), document.offsetAt(h.range.end)));
    assert.ok(words.includes("Amir Hatami") && words.includes("il"), JSON.stringify(words));
    assert.ok(words.every((w) => /Hatami/.test(w) || w === "il" || w.length > 3));
  });

  it("selects in the tree the person under the cursor when tree.followCursor is on", async () => {
    const config = vscode.workspace.getConfiguration("whoSaidWhat");
    await config.update("tree.followCursor", true, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand("whoSaidWhat.article.focus");
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const p = at("Amir Hatami", 0, 3);
      editor.selection = new vscode.Selection(p, p);
      await waitFor("Amir Hatami selected in the tree", () => api.getTreeSelection() === "Amir Hatami", 5_000);
      const q = api.getAnalysis(document.uri)!.quotes.find((x) => x.speaker?.name === "Wang Yi")!;
      const inQuote = document.positionAt(q.start + 10);
      editor.selection = new vscode.Selection(inQuote, inQuote);
      await waitFor("the statement selected in the tree", () => api.getTreeSelection()?.startsWith(q.text.slice(0, 20)), 5_000);
    } finally {
      await config.update("tree.followCursor", undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(group(api.getTreeSnapshot(), "People"));
  });
});

describe("a person's bound references in the founding article", function () {
  this.timeout(60_000);
  const ROLE = "le ministre chinois de la Défense";
  let document: vscode.TextDocument;
  let text: string;
  let roles: number[];

  before(async () => {
    const api = await extensionApi();
    document = (await showSeed(api, FOUNDING_SEED)).document;
    text = document.getText();
    const wei = api.getAnalysis(document.uri)!.people.find((p) => p.name === "Wei Fenghe");
    roles = (wei?.references ?? []).filter((r) => r.text === ROLE).map((r) => r.start);
    assert.equal(roles.length, 4, JSON.stringify(wei?.references));
  });

  const starts = (ranges: vscode.Range[]) => ranges.map((r) => document.offsetAt(r.start));
  const textOf = (r: vscode.Range) => text.slice(document.offsetAt(r.start), document.offsetAt(r.end));

  it("finds Wei Fenghe's name and the four 'le ministre chinois de la Défense', each once, in text order", async () => {
    const all = await vscode.commands.executeCommand<vscode.Location[]>(
      "vscode.executeReferenceProvider", document.uri, document.positionAt(text.indexOf("Wei Fenghe") + 1),
    );
    // This article's places (the folder's other articles that name him come too: see corpus.test.ts).
    const refs = all.filter((l) => l.uri.toString() === document.uri.toString());
    const found = starts(refs.map((l) => l.range));
    for (const start of roles) assert.ok(found.includes(start), `${start} in ${JSON.stringify(found)}`);
    assert.equal(refs.filter((l) => textOf(l.range) === ROLE).length, 4);
    assert.ok(refs.some((l) => textOf(l.range) === "Wei Fenghe"));
    assert.ok(refs.some((l) => textOf(l.range) === "il"), "the pronoun bound as a speaker");
    assert.equal(new Set(found).size, found.length, "no place twice");
  });

  it("finds the same references from a role that is not a quote's speaker, and highlights them", async () => {
    const fromName = await vscode.commands.executeCommand<vscode.Location[]>(
      "vscode.executeReferenceProvider", document.uri, document.positionAt(text.indexOf("Wei Fenghe") + 1),
    );
    for (const start of roles) {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>(
        "vscode.executeReferenceProvider", document.uri, document.positionAt(start + 3),
      );
      assert.deepEqual(starts(refs.map((l) => l.range)).sort((a, b) => a - b), starts(fromName.map((l) => l.range)).sort((a, b) => a - b));
    }
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      "vscode.executeDocumentHighlights", document.uri, document.positionAt(roles[2] + 3),
    );
    const lit = starts(highlights.map((h) => h.range));
    for (const start of roles) assert.ok(lit.includes(start), `${start} in ${JSON.stringify(lit)}`);
    assert.ok(highlights.some((h) => textOf(h.range) === "Wei Fenghe" && h.kind === vscode.DocumentHighlightKind.Text));
    assert.ok(highlights.filter((h) => textOf(h.range) === ROLE).every((h) => h.kind === vscode.DocumentHighlightKind.Read));
    assert.equal(new Set(lit).size, lit.length, "no place twice");
  });
});

describe("keybindings", () => {
  it("go to the next and previous quote in article editors, on keys no default binding uses", async () => {
    const pkg = vscode.extensions.getExtension("who-said-what.who-said-what")!.packageJSON;
    const ours = (pkg.contributes.keybindings as { command: string; key: string; mac?: string; when: string }[])
      .filter((k) => /Quote$/.test(k.command));
    assert.deepEqual(ours.map((k) => k.command).sort(), ["whoSaidWhat.nextQuote", "whoSaidWhat.previousQuote"]);
    assert.ok(ours.every((k) => /editorLangId/.test(k.when)));
    await vscode.commands.executeCommand("workbench.action.openDefaultKeybindingsFile");
    const defaults = await waitFor("the default keybindings", () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && /keybindings/.test(d.uri.toString()) && d.getText().length > 1000 ? d.getText() : undefined;
    });
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    // The file lists the extensions' bindings too: leave ours out.
    const keys = [...defaults.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)]
      .filter((m) => !m[2].startsWith("whoSaidWhat."))
      .map((m) => m[1]);
    assert.ok(keys.length > 100, `${keys.length} default keybindings read`);
    for (const k of ours) {
      const first = k.key.split(" ")[0];
      assert.ok(!keys.includes(k.key), `${k.key} is a default`);
      assert.ok(!keys.some((d) => d.split(" ")[0] === first), `${first} starts a default binding`);
    }
  });
});
