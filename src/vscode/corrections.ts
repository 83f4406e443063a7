// The reader's corrections, per article, in a sidecar file beside it (`<article>.wsw.json`; in memory only for
// untitled documents). Never written into the article. Applied to every analysis through the service's corrector.
import * as vscode from "vscode";
import { applyCorrections, parseCorrections, type Correction, type CorrectionsFile } from "../engine";
import type { AnalysisService } from "./analysisService";

export const SIDECAR_SUFFIX = ".wsw.json";

export function sidecarOf(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === "untitled" ? undefined : uri.with({ path: uri.path + SIDECAR_SUFFIX });
}

export class CorrectionStore implements vscode.Disposable {
  private readonly lists = new Map<string, Correction[]>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    service.setCorrector((document, analysis) => {
      const list = this.lists.get(document.uri.toString());
      if (list === undefined) void this.load(document);
      return list?.length ? applyCorrections(analysis, list) : analysis;
    });
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((d) => { this.lists.delete(d.uri.toString()); this.loading.delete(d.uri.toString()); }));
  }

  /** The corrections of the document, as loaded. */
  list(document: vscode.TextDocument): readonly Correction[] {
    return this.lists.get(document.uri.toString()) ?? [];
  }

  /** Reads the sidecar once; analyses again when it holds corrections. */
  load(document: vscode.TextDocument): Promise<void> {
    const k = document.uri.toString();
    let p = this.loading.get(k);
    if (!p) {
      p = (async () => {
        const sidecar = sidecarOf(document.uri);
        let list: Correction[] = [];
        if (sidecar) {
          try { list = parseCorrections(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar))); } catch { /* no sidecar */ }
        }
        this.lists.set(k, list);
        if (list.length) this.service.reanalyze(document);
      })();
      this.loading.set(k, p);
    }
    return p;
  }

  async add(document: vscode.TextDocument, correction: Correction): Promise<void> {
    await this.load(document);
    await this.save(document, [...this.list(document), correction]);
  }

  /** Takes back the last correction; false when there is none. */
  async undo(document: vscode.TextDocument): Promise<boolean> {
    await this.load(document);
    const list = this.list(document);
    if (!list.length) return false;
    await this.save(document, list.slice(0, -1));
    return true;
  }

  private async save(document: vscode.TextDocument, list: Correction[]): Promise<void> {
    this.lists.set(document.uri.toString(), list);
    const sidecar = sidecarOf(document.uri);
    if (sidecar) {
      if (list.length) {
        const file: CorrectionsFile = { version: 1, corrections: list };
        await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(JSON.stringify(file, null, 2) + "\n"));
      } else {
        await vscode.workspace.fs.delete(sidecar).then(undefined, () => undefined);
      }
    }
    this.service.reanalyze(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
