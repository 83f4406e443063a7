// Shared helpers of the extension-host suites: the extension's API, the seed articles, polling.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TreeSnapshotNode, WhoSaidWhatApi } from "../../src/vscode/api";

export const EXTENSION_ID = "who-said-what.who-said-what";
export const FR_SEED = "chine-iran-defense.fr.txt";
export const EN_SEED = "rural-clinics.en.txt";
/** The founding article: Wei Fenghe is "le ministre chinois de la Défense" four times, named once. */
export const FOUNDING_SEED = "000_f28c37849755220d.txt";

/** Polls until `check` returns a value other than undefined/false; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test workspace must be the seeds/ folder");
  return vscode.Uri.joinPath(folder.uri, name);
}

export function group(tree: TreeSnapshotNode[], label: string): TreeSnapshotNode {
  const g = tree.find((n) => n.label === label);
  assert.ok(g, `group ${label} in ${JSON.stringify(tree.map((n) => n.label))}`);
  return g;
}

export const labels = (nodes: TreeSnapshotNode[]) => nodes.map((n) => n.label);

export async function extensionApi(): Promise<WhoSaidWhatApi> {
  const ext = vscode.extensions.getExtension<WhoSaidWhatApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** Opens a seed article in a pinned editor and waits for its analysis and its tree. */
export async function showSeed(api: WhoSaidWhatApi, name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(seedUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(`analysis of ${name}`, () => api.getState(document.uri) === "ok");
  await waitFor(`tree of ${name}`, () => api.getTreeSnapshot().length === 4 && api.getTreeDocument() === document.uri.toString());
  return editor;
}

/** The extension's API and a seed article shown in an editor, once analysed and its tree built (a suite's before()). */
export async function openSeed(name: string): Promise<{ api: WhoSaidWhatApi; document: vscode.TextDocument }> {
  const api = await extensionApi();
  return { api, document: (await showSeed(api, name)).document };
}

/** Runs `body` on an untitled plain-text document that repeats `line` up to `size` characters, shown in an editor; then closes it unsaved. */
export async function withRepeated(line: string, size: number, body: (document: vscode.TextDocument) => Promise<void>): Promise<void> {
  const content = line.repeat(Math.ceil(size / line.length));
  const document = await vscode.workspace.openTextDocument({ content, language: "plaintext" });
  await vscode.window.showTextDocument(document, { preview: false });
  try {
    await body(document);
  } finally {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
}

export function offsets(editor: vscode.TextEditor): [number, number] {
  return [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
}
