// Export of the open article's analysis: JSON, CSV, a Markdown report, brat standoff. To an untitled editor or
// to files the user picks; an existing file is replaced only after a modal question. The article is never written.
import * as vscode from "vscode";
import { BRAT_CONF, toBratAnn, toCsv, toMarkdown } from "../engine";
import type { ArticleResult } from "./analysisService";
import { reportLabels } from "./reportLabels";

export const EXPORT_FORMATS = ["json", "csv", "markdown", "brat"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** "untitled", or the file to write (the .ann for brat, its .txt copy beside it). */
export type ExportTarget = "untitled" | vscode.Uri;

const LANGUAGE: Record<Exclude<ExportFormat, "brat">, string> = { json: "json", csv: "csv", markdown: "markdown" };
const EXTENSION: Record<ExportFormat, string> = { json: "json", csv: "csv", markdown: "md", brat: "ann" };

/** The export's text for one article. */
export function exportText(result: ArticleResult, format: ExportFormat): string {
  const file = vscode.workspace.asRelativePath(result.document.uri, false);
  const text = result.document.getText();
  const a = result.analysis;
  switch (format) {
    case "json": return JSON.stringify({ file, ...a }, null, 2);
    case "csv": return toCsv(file, text, a);
    case "markdown": return toMarkdown(file, text, a, reportLabels());
    case "brat": return toBratAnn(text, a);
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

/** Asks before replacing any of these files; true when none exists or the user agreed. */
async function mayWrite(uris: vscode.Uri[]): Promise<boolean> {
  const taken: vscode.Uri[] = [];
  for (const u of uris) if (await exists(u)) taken.push(u);
  if (!taken.length) return true;
  const replace = vscode.l10n.t("Replace");
  const names = taken.map((u) => vscode.workspace.asRelativePath(u, false)).join(", ");
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t("{0} already exists. Replace it?", names), { modal: true }, replace);
  return answer === replace;
}

const encode = (s: string) => new TextEncoder().encode(s);
const sibling = (uri: vscode.Uri, name: string) => vscode.Uri.joinPath(uri, "..", name);

/** Where the export goes when the command is run by hand: an untitled editor or a file from the save dialog. */
async function pickTarget(result: ArticleResult, format: ExportFormat): Promise<ExportTarget | undefined> {
  if (format !== "brat") {
    const untitled = vscode.l10n.t("Open in an Untitled Editor");
    const file = vscode.l10n.t("Save to a File…");
    const choice = await vscode.window.showQuickPick([untitled, file], { title: vscode.l10n.t("Export to") });
    if (choice === undefined) return undefined;
    if (choice === untitled) return "untitled";
  }
  const base = result.document.uri.path.split("/").pop()!.replace(/\.[^.]*$/, "") || "article";
  const folder = vscode.workspace.getWorkspaceFolder(result.document.uri)?.uri ?? sibling(result.document.uri, "");
  return vscode.window.showSaveDialog({
    title: format === "brat" ? vscode.l10n.t("Save the brat annotations (the text is copied beside them)") : vscode.l10n.t("Export to"),
    defaultUri: vscode.Uri.joinPath(folder, `${base}.${EXTENSION[format]}`),
    filters: { [format.toUpperCase()]: [EXTENSION[format]] },
  });
}

export async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: "$(json) JSON", detail: vscode.l10n.t("The whole analysis, with every offset."), format: "json" },
    { label: "$(table) CSV", detail: vscode.l10n.t("One row per statement: file, speaker, role, gender hint, kind, reporting verb, text, line, offsets."), format: "csv" },
    { label: "$(markdown) Markdown", detail: vscode.l10n.t("A report: people, share of voice, statements by speaker."), format: "markdown" },
    { label: "$(symbol-key) brat", detail: vscode.l10n.t("Standoff annotations (.ann) beside a copy of the text, for brat or INCEpTION."), format: "brat" },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t("Export the Analysis As") }))?.format;
}

/** Runs one export; returns the document or files written, undefined when cancelled. */
export async function exportAnalysis(result: ArticleResult, format: ExportFormat, target?: ExportTarget): Promise<vscode.TextDocument | vscode.Uri[] | undefined> {
  const content = exportText(result, format);
  const to = target ?? (await pickTarget(result, format));
  if (!to) return undefined;
  if (to === "untitled") {
    if (format === "brat") return undefined;
    // CSV has no built-in language in every VS Code; plain text is the fallback.
    const language = (await vscode.languages.getLanguages()).includes(LANGUAGE[format]) ? LANGUAGE[format] : "plaintext";
    const document = await vscode.workspace.openTextDocument({ language, content });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  }
  const files: [vscode.Uri, string][] = [[to, content]];
  if (format === "brat") {
    const stem = to.path.split("/").pop()!.replace(/\.ann$/, "");
    files.push([sibling(to, `${stem}.txt`), result.document.getText()]);
  }
  if (files.some(([u]) => u.toString() === result.document.uri.toString())) {
    void vscode.window.showErrorMessage(vscode.l10n.t("The export would replace the article itself; choose another name."));
    return undefined;
  }
  if (!(await mayWrite(files.map(([u]) => u)))) return undefined;
  for (const [u, text] of files) await vscode.workspace.fs.writeFile(u, encode(text));
  if (format === "brat") {
    const conf = sibling(to, "annotation.conf");
    if (!(await exists(conf))) { await vscode.workspace.fs.writeFile(conf, encode(BRAT_CONF)); files.push([conf, BRAT_CONF]); }
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t("Exported to {0}.", files.map(([u]) => vscode.workspace.asRelativePath(u, false)).join(", ")), 5000);
  return files.map(([u]) => u);
}
