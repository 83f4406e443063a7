// The shape of the corpus view: people, organisations and places across the folder; under each, the articles
// that name it; under an article, what the person said there, then where the article names or refers to them.
import * as vscode from "vscode";
import { positionOf, referencesIn, type ArticleDigest, type DigestQuote, type DigestRef } from "../corpus/digest";
import type { Corpus, CorpusEntity, Occurrence } from "../corpus/merge";
import { entityKindLabel, mentionCount, quoteKindLabel, shorten, statementCount } from "./labels";
import { REVEAL_COMMAND } from "./treeNodes";
import { matches, sortSources } from "./treeOrder";

export const CORPUS_SORT_KEYS = ["articles", "statements", "mentions", "name"] as const;
export type CorpusSortKey = (typeof CORPUS_SORT_KEYS)[number];
export interface CorpusOrder { sort: CorpusSortKey; filter: string }
export const DEFAULT_CORPUS_ORDER: CorpusOrder = { sort: "articles", filter: "" };

export type CorpusGroup = "people" | "orgs" | "places";
export type CorpusNode =
  | { type: "group"; group: CorpusGroup }
  | { type: "entity"; entity: CorpusEntity }
  | { type: "article"; entity: CorpusEntity; occurrence: Occurrence }
  | { type: "quote"; file: string; quote: DigestQuote }
  | { type: "mention"; file: string; ref: DigestRef; bound: boolean };

const GROUPS: CorpusGroup[] = ["people", "orgs", "places"];

/** What the view needs besides the corpus: each file's digest. */
export type DigestOf = (file: string) => ArticleDigest | undefined;

export function corpusChildren(corpus: Corpus, digestOf: DigestOf, node: CorpusNode | undefined, order: CorpusOrder): CorpusNode[] {
  if (!node) return GROUPS.map((group) => ({ type: "group", group }));
  switch (node.type) {
    case "group":
      return entitiesOf(corpus, node.group, order).map((entity) => ({ type: "entity", entity }));
    case "entity":
      // The articles where the person speaks most first, then where they are named most, then by path.
      return [...node.entity.articles]
        .sort((a, b) => b.statements - a.statements || b.mentions - a.mentions || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
        .map((occurrence) => ({ type: "article", entity: node.entity, occurrence }));
    case "article": {
      const { file, entities } = node.occurrence;
      const digest = digestOf(file);
      if (!digest) return [];
      const said = digest.quotes.filter((q) => q.speaker !== undefined && entities.includes(q.speaker)).map((quote): CorpusNode => ({ type: "quote", file, quote }));
      const refs = entities.flatMap((i) => referencesIn(digest.entities[i])).sort((a, b) => a.start - b.start)
        .map(({ bound, ...ref }): CorpusNode => ({ type: "mention", file, ref, bound }));
      return [...said, ...refs];
    }
    default:
      return [];
  }
}

/** The group's entities that pass the filter (name, other names, roles), in the chosen order. */
export function entitiesOf(corpus: Corpus, group: CorpusGroup, order: CorpusOrder): CorpusEntity[] {
  const shown = corpus[group].filter((e) => matches(order, e.name, ...e.aliases, ...e.roles));
  // "articles" is the corpus's natural order (most articles first), given to sortSources as the "first" key.
  const rank = new Map(corpus[group].map((e, i) => [e, i]));
  const sort = order.sort === "articles" ? "appearance" : order.sort;
  return sortSources(shown, sort, (e) => ({ name: e.name, first: rank.get(e)!, statements: e.statements, mentions: e.mentions }));
}

const GROUP_LABELS: Record<CorpusGroup, () => string> = {
  people: () => vscode.l10n.t("People"),
  orgs: () => vscode.l10n.t("Organisations"),
  places: () => vscode.l10n.t("Places"),
};
const GROUP_ICONS: Record<CorpusGroup, string> = { people: "person", orgs: "organization", places: "location" };
const QUOTE_ICONS = { direct: "quote", indirect: "comment", mixed: "comment-discussion" } as const;

export function articleCount(n: number): string {
  return n === 1 ? vscode.l10n.t("1 article") : vscode.l10n.t("{0} articles", n);
}

function reveal(file: string, span: { start: number; end: number }): vscode.Command {
  return { command: REVEAL_COMMAND, title: vscode.l10n.t("Show in Article"), arguments: [file, span.start, span.end] };
}

function lineOf(digestOf: DigestOf, file: string, offset: number): string {
  const digest = digestOf(file);
  return digest ? vscode.l10n.t("line {0}", positionOf(digest, offset).line + 1) : "";
}

export function corpusItem(corpus: Corpus, digestOf: DigestOf, node: CorpusNode, order: CorpusOrder): vscode.TreeItem {
  const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
  switch (node.type) {
    case "group": {
      const n = entitiesOf(corpus, node.group, order).length;
      const item = new vscode.TreeItem(GROUP_LABELS[node.group](), n > 0 ? (node.group === "people" ? Expanded : Collapsed) : None);
      item.description = String(n);
      item.contextValue = `corpusGroup.${node.group}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      return item;
    }
    case "entity": {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, Collapsed);
      // Who is quoted comes first: statements before mentions (none for a place).
      const counts = [articleCount(e.articles.length), mentionCount(e.mentions)];
      if (e.kind !== "place") counts.splice(1, 0, statementCount(e.statements));
      item.description = counts.join(" · ");
      const lines = [`${e.name} — ${entityKindLabel(e.kind)}`];
      if (e.aliases.length) lines.push(vscode.l10n.t("Also named: {0}", e.aliases.join(", ")));
      if (e.roles.length) lines.push(e.roles.join("; "));
      item.tooltip = lines.join("\n");
      item.contextValue = `corpusEntity.${e.kind}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[e.kind === "person" ? "people" : e.kind === "org" ? "orgs" : "places"]);
      return item;
    }
    case "article": {
      const { file, mentions, statements } = node.occurrence;
      const uri = vscode.Uri.parse(file);
      const item = new vscode.TreeItem(uri.path.slice(uri.path.lastIndexOf("/") + 1), Collapsed);
      item.resourceUri = uri;
      const counts = [mentionCount(mentions)];
      if (statements > 0) counts.unshift(statementCount(statements));
      item.description = counts.join(" · ");
      item.tooltip = vscode.workspace.asRelativePath(uri);
      item.contextValue = "corpusArticle";
      item.iconPath = vscode.ThemeIcon.File;
      const first = digestOf(file)?.entities[node.occurrence.entities[0]];
      if (first && first.mentions.length >= 2) item.command = reveal(file, { start: first.mentions[0], end: first.mentions[1] });
      return item;
    }
    case "quote": {
      const q = node.quote;
      const item = new vscode.TreeItem(shorten(q.text, 70), None);
      item.description = `${quoteKindLabel(q.kind)} · ${lineOf(digestOf, node.file, q.start)}`;
      item.tooltip = `${q.text}\n— ${q.who ?? vscode.l10n.t("Unattributed")} (${quoteKindLabel(q.kind)})`;
      item.contextValue = "corpusStatement";
      item.iconPath = new vscode.ThemeIcon(QUOTE_ICONS[q.kind]);
      item.command = reveal(node.file, q);
      return item;
    }
    case "mention": {
      const item = new vscode.TreeItem(node.ref.text, None);
      item.description = lineOf(digestOf, node.file, node.ref.start);
      item.contextValue = node.bound ? "corpusMention.bound" : "corpusMention";
      item.iconPath = new vscode.ThemeIcon(node.bound ? "link" : "symbol-reference");
      item.command = reveal(node.file, node.ref);
      return item;
    }
  }
}
