// Paints quotes and mentions in every visible article editor, with theme colours from the manifest.
import * as vscode from "vscode";
import type { Entity, QuoteKind, Span } from "../engine";
import { AnalysisService, ArticleResult, isArticle } from "./analysisService";
import type { Category, ConfigStore } from "./config";

export type DecorationCounts = Record<Category, number>;

type Style = QuoteKind | "cue" | "person" | "org" | "place";
const STYLE_CATEGORY: Record<Style, Category> = {
  direct: "quotes",
  indirect: "quotes",
  mixed: "quotes",
  cue: "quotes",
  person: "people",
  org: "orgs",
  place: "places",
};

function color(id: string): vscode.ThemeColor {
  return new vscode.ThemeColor(`whoSaidWhat.${id}`);
}

function underline(id: string, style: "solid" | "dotted" | "dashed", width = 1): vscode.DecorationRenderOptions {
  return { borderStyle: style, borderWidth: `0 0 ${width}px 0`, borderColor: color(id) };
}

function createTypes(): Record<Style, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane.Right;
  // OpenOpen: text typed at a name's edge is not painted as part of it until the next analysis says so.
  const make = (o: vscode.DecorationRenderOptions) =>
    vscode.window.createTextEditorDecorationType({ rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen, ...o });
  return {
    direct: make({ backgroundColor: color("directQuoteBackground"), overviewRulerColor: color("directQuoteBackground"), overviewRulerLane: ruler }),
    mixed: make({ backgroundColor: color("mixedQuoteBackground"), ...underline("mixedQuoteBorder", "dashed") }),
    indirect: make({ backgroundColor: color("indirectQuoteBackground"), ...underline("indirectQuoteBorder", "dotted") }),
    cue: make({ fontStyle: "italic", color: color("cueForeground") }),
    person: make({ color: color("personForeground"), ...underline("personForeground", "solid") }),
    // Told apart by the line's shape, not only its colour: dashes under organisations, heavier dots under places.
    org: make({ ...underline("organisationBorder", "dashed") }),
    place: make({ ...underline("placeBorder", "dotted", 2) }),
  };
}

function emptyCounts(): DecorationCounts {
  return { quotes: 0, people: 0, orgs: 0, places: 0 };
}

export class Decorator implements vscode.Disposable {
  private types = createTypes();
  private hidden = false;
  private readonly counts = new Map<string, DecorationCounts>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly service: AnalysisService,
    private readonly config: ConfigStore,
  ) {
    this.disposables.push(
      service.onDidAnalyze((state) => {
        const uri = state.kind === "ok" ? state.result.document.uri : state.document.uri;
        for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.paint(e);
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
      vscode.window.onDidChangeActiveColorTheme(() => this.rebuild()),
      config.onDidChange(() => this.rebuild()),
    );
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.decorationsHidden", false);
    this.paintAll();
  }

  /** Hide or show every decoration for this window, without touching the settings. */
  toggle(): boolean {
    this.hidden = !this.hidden;
    void vscode.commands.executeCommand("setContext", "whoSaidWhat.decorationsHidden", this.hidden);
    this.paintAll();
    return !this.hidden;
  }

  /** How many ranges each category last painted in the document's editors (for tests and diagnostics). */
  countsFor(uri: vscode.Uri): DecorationCounts | undefined {
    return this.counts.get(uri.toString());
  }

  private rebuild(): void {
    for (const t of Object.values(this.types)) t.dispose();
    this.types = createTypes();
    this.paintAll();
  }

  private paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    if (!isArticle(editor.document)) return;
    const state = this.service.ensure(editor.document);
    const ranges = collect(state?.kind === "ok" ? state.result : undefined);
    const enabled = this.config.current.decorations;
    const counts = emptyCounts();
    for (const style of Object.keys(this.types) as Style[]) {
      const category = STYLE_CATEGORY[style];
      const shown = !this.hidden && enabled[category] ? ranges[style] : [];
      editor.setDecorations(this.types[style], shown);
      if (style !== "cue") counts[category] += shown.length;
    }
    this.counts.set(editor.document.uri.toString(), counts);
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    for (const d of this.disposables) d.dispose();
    this.counts.clear();
  }
}

function collect(result: ArticleResult | undefined): Record<Style, vscode.Range[]> {
  const out: Record<Style, vscode.Range[]> = { direct: [], indirect: [], mixed: [], cue: [], person: [], org: [], place: [] };
  if (!result || !result.isCurrent) return out;
  const a = result.analysis;
  for (const q of a.quotes) {
    // A direct quote split by an incise is painted piece by piece, leaving the incise unpainted.
    const spans: Span[] = q.fragments?.length ? q.fragments : [q];
    for (const s of spans) out[q.kind].push(result.range(s));
    if (q.cue) out.cue.push(result.range(q.cue));
  }
  const mentions = (entities: Entity[], style: Style) => {
    for (const e of entities) for (const m of e.mentions) out[style].push(result.range(m));
  };
  mentions(a.people, "person");
  mentions(a.orgs, "org");
  mentions(a.places, "place");
  return out;
}
