// Hovers on a quote and on its cue: speaker, role, kind, reporting verb, and links that work.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { WhoSaidWhatApi } from "../../src/vscode/api";
import { FR_SEED, openSeed } from "./helpers";

describe("hover on a quote", function () {
  this.timeout(60_000);
  let api: WhoSaidWhatApi;
  let document: vscode.TextDocument;

  before(async () => ({ api, document } = await openSeed(FR_SEED)));

  async function hover(offset: number): Promise<string> {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, document.positionAt(offset));
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
  }
  const plain = (md: string) => md.replace(/&nbsp;/g, " ").replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1");
  const links = (md: string) =>
    [...md.matchAll(/\]\(command:([\w.]+)\?([^)]+)\)/g)].map((m) => ({ command: m[1], args: JSON.parse(decodeURIComponent(m[2])) as unknown[] }));

  it("gives the speaker, the role, the kind and the reporting verb, with two links that work", async () => {
    const q = api.getAnalysis(document.uri)!.quotes.find((x) => x.cue && document.getText().slice(x.cue.start, x.cue.end) === "a réaffirmé")!;
    const md = await hover(q.start + 5);
    const text = plain(md);
    assert.match(text, /direct quote/);
    assert.match(text, /Speaker: Wei Fenghe/);
    assert.match(text, /Role: ministre chinois de la Défense/);
    assert.match(text, /Reporting verb: a réaffirmé/);
    const [all, copy] = links(md);
    assert.equal(all.command, "whoSaidWhat.showStatementsOf");
    assert.equal(copy.command, "whoSaidWhat.copyCitation");
    const said = api.getAnalysis(document.uri)!.quotes.filter((x) => x.speaker?.entity === q.speaker!.entity).length;
    assert.equal(await vscode.commands.executeCommand(all.command, ...all.args), said);
    await vscode.commands.executeCommand("closeReferenceSearch");
    const cited = await vscode.commands.executeCommand<string>(copy.command, ...copy.args);
    const line = document.positionAt(q.start).line + 1;
    assert.equal(cited, `“${q.text}” — Wei Fenghe (chine-iran-defense.fr.txt, line ${line})`);
    assert.equal(await vscode.env.clipboard.readText(), cited);
  });

  it("shows the statement when hovering its cue", async () => {
    const q = api.getAnalysis(document.uri)!.quotes.find((x) => x.speaker?.name === "Amir Hatami" && x.kind === "indirect")!;
    const text = plain(await hover(q.cue!.start + 1));
    assert.match(text, /indirect speech/);
    assert.match(text, /Speaker: Amir Hatami/);
    assert.match(text, /Reporting verb: souligné/);
  });
});
