// Across files in the editor: Go to Symbol in Workspace finds a person (or an organisation) of any indexed
// article; Find All References on a name also lists that entity's mentions in every other article of the folder.
import * as vscode from "vscode";
import { positionOf, referencesIn, type ArticleDigest } from "../corpus/digest";
import type { CorpusEntity } from "../corpus/merge";
import { fold } from "./treeOrder";
import type { AnalysisService } from "./analysisService";
import { entityAt } from "./people";
import type { WorkspaceIndex } from "./workspaceIndex";

/** At most this many symbols for one query (the picker shows a handful). */
const MAX_SYMBOLS = 500;

function range(digest: ArticleDigest, span: { start: number; end: number }): vscode.Range {
  const a = positionOf(digest, span.start);
  const b = positionOf(digest, span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** Letters of the query in order ("wfh" finds "Wei Fenghe"), accents and case ignored, as the picker does. */
function fuzzy(query: string, text: string): boolean {
  const q = fold(query).replace(/\s+/g, "");
  const t = fold(text);
  let i = 0;
  for (let j = 0; i < q.length && j < t.length; j++) if (t[j] === q[i]) i++;
  return i === q.length;
}

export class CorpusLanguageFeatures implements vscode.WorkspaceSymbolProvider, vscode.ReferenceProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly service: AnalysisService,
  ) {}

  /** One symbol per person (then organisation) and article, at the article's first mention of it. */
  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.index.ready();
    if (token.isCancellationRequested) return [];
    const corpus = this.index.corpus;
    const symbols: vscode.SymbolInformation[] = [];
    for (const [entities, kind] of [[corpus.people, vscode.SymbolKind.Object], [corpus.orgs, vscode.SymbolKind.Module]] as const) {
      for (const e of entities) {
        if (!fuzzy(query, e.name) && !e.aliases.some((a) => fuzzy(query, a))) continue;
        for (const occ of e.articles) {
          const digest = this.index.digest(occ.file);
          const first = digest && referencesIn(digest.entities[occ.entities[0]]).find((r) => !r.bound);
          if (!digest || !first) continue;
          const uri = vscode.Uri.parse(occ.file);
          symbols.push(new vscode.SymbolInformation(e.name, kind, vscode.workspace.asRelativePath(uri), new vscode.Location(uri, range(digest, first))));
          if (symbols.length >= MAX_SYMBOLS) return symbols;
        }
      }
    }
    return symbols;
  }

  /** The entity's mentions and bound references in the folder's other articles (this one's come from the article's own provider). */
  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const entity = this.entityAt(document, position);
    if (!entity) return [];
    await this.index.ready();
    const here = document.uri.toString();
    const merged = this.index.corpus.find(entity.kind, entity.name);
    return merged ? this.locations(merged, here) : [];
  }

  private entityAt(document: vscode.TextDocument, position: vscode.Position) {
    const state = this.service.ensure(document);
    return state?.kind === "ok" ? entityAt(state.result, document.offsetAt(position)) : undefined;
  }

  private locations(entity: CorpusEntity, except: string): vscode.Location[] {
    const out: vscode.Location[] = [];
    for (const occ of entity.articles) {
      if (occ.file === except) continue;
      const digest = this.index.digest(occ.file);
      if (!digest) continue;
      const uri = vscode.Uri.parse(occ.file);
      for (const i of occ.entities) for (const r of referencesIn(digest.entities[i])) out.push(new vscode.Location(uri, range(digest, r)));
    }
    return out;
  }
}

export function registerCorpusLanguageFeatures(selector: vscode.DocumentSelector, index: WorkspaceIndex, service: AnalysisService): vscode.Disposable[] {
  const features = new CorpusLanguageFeatures(index, service);
  return [vscode.languages.registerWorkspaceSymbolProvider(features), vscode.languages.registerReferenceProvider(selector, features)];
}
