// The language features on people: Outline / breadcrumbs / Go to Symbol, Find All References, Go to Definition,
// and the highlight of a person's other mentions.
import * as vscode from "vscode";
import type { Entity, Quote } from "../engine";
import { AnalysisService, ArticleResult } from "./analysisService";
import { isUnnamedSource, quoteKindLabel, shorten, speakerName } from "./labels";
import { definitionOf, entityAt, referencesOf } from "./people";

const KIND: Record<Entity["kind"], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  org: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
};

export class ArticleLanguageFeatures
  implements vscode.DocumentSymbolProvider, vscode.ReferenceProvider, vscode.DefinitionProvider, vscode.DocumentHighlightProvider
{
  constructor(private readonly service: AnalysisService) {}

  private result(document: vscode.TextDocument): ArticleResult | undefined {
    // Computed on demand: Go to Symbol may ask before the first paint.
    const state = this.service.ensure(document);
    return state?.kind === "ok" && state.result.isCurrent ? state.result : undefined;
  }

  /** People and organisations with their statements, places, then the sources the article only describes. */
  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const result = this.result(document);
    if (!result) return [];
    const a = result.analysis;
    const symbols: vscode.DocumentSymbol[] = [];
    for (const e of [...a.people, ...a.orgs, ...a.places]) {
      const said = a.quotes.filter((q) => q.speaker?.entity === e.id);
      const first = definitionOf(e);
      if (!first) continue;
      symbols.push(group(result, e.name, e.role ?? "", KIND[e.kind], first, said));
    }
    const others = new Map<string, Quote[]>();
    for (const q of a.quotes) {
      if (q.speaker?.entity) continue;
      const label = isUnnamedSource(q) ? speakerName(result, q)! : vscode.l10n.t("Unattributed");
      others.set(label, [...(others.get(label) ?? []), q]);
    }
    for (const [label, quotes] of others) {
      const unnamed = isUnnamedSource(quotes[0]);
      symbols.push(group(result, label, unnamed ? vscode.l10n.t("unnamed source") : "", vscode.SymbolKind.Key, quotes[0], quotes));
    }
    return symbols.sort((x, y) => x.range.start.compareTo(y.range.start));
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const result = this.result(document);
    const entity = result && entityAt(result, document.offsetAt(position));
    if (!result || !entity) return [];
    const definition = definitionOf(entity);
    return referencesOf(result, entity)
      .filter((r) => context.includeDeclaration || r.start !== definition?.start)
      .map((r) => new vscode.Location(document.uri, result.range(r)));
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const result = this.result(document);
    const entity = result && entityAt(result, document.offsetAt(position));
    const span = entity && definitionOf(entity);
    return result && span ? new vscode.Location(document.uri, result.range(span)) : undefined;
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    // Only a finished analysis: this runs on every cursor move.
    const state = this.service.get(document);
    const result = state?.kind === "ok" && state.result.isCurrent ? state.result : undefined;
    const entity = result && entityAt(result, document.offsetAt(position));
    if (!result || !entity) return [];
    return referencesOf(result, entity).map(
      (r) => new vscode.DocumentHighlight(result.range(r), r.kind === "name" ? vscode.DocumentHighlightKind.Text : vscode.DocumentHighlightKind.Read),
    );
  }
}

/**
 * A source with its statements as children. Its range covers its introduction and its statements only, not every
 * later mention: a place named in the first and last lines would otherwise enclose the whole article in breadcrumbs.
 */
function group(
  result: ArticleResult,
  name: string,
  detail: string,
  kind: vscode.SymbolKind,
  anchor: { start: number; end: number },
  quotes: Quote[],
): vscode.DocumentSymbol {
  const spans = [anchor, ...quotes];
  const range = result.range({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
  const symbol = new vscode.DocumentSymbol(name, detail, kind, range, result.range(anchor));
  symbol.children = quotes.map(
    (q) => new vscode.DocumentSymbol(shorten(q.text, 60), quoteKindLabel(q.kind), vscode.SymbolKind.String, result.range(q), result.range(q)),
  );
  return symbol;
}

/** Registers the providers for the article languages. */
export function registerLanguageFeatures(selector: vscode.DocumentSelector, service: AnalysisService): vscode.Disposable[] {
  const features = new ArticleLanguageFeatures(service);
  return [
    vscode.languages.registerDocumentSymbolProvider(selector, features, { label: vscode.l10n.t("Who Said What") }),
    vscode.languages.registerReferenceProvider(selector, features),
    vscode.languages.registerDefinitionProvider(selector, features),
    vscode.languages.registerDocumentHighlightProvider(selector, features),
  ];
}
