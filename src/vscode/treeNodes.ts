// The shape of the sidebar tree: which nodes an analysis gives, and how each one looks.
import * as vscode from "vscode";
import type { Entity, Mention, Quote, Span } from "../engine";
import type { ArticleResult } from "./analysisService";
import { entityKindLabel, excerpt, isUnnamedSource, mentionCount, quoteKindLabel, shorten, speakerName } from "./labels";
import { referencesOf } from "./people";
import { DEFAULT_ORDER, entityKey, matches, sortSources, type TreeOrder } from "./treeOrder";

export const REVEAL_COMMAND = "whoSaidWhat.reveal";

export type GroupId = "people" | "orgs" | "places" | "statements";

export type ArticleNode =
  | { type: "group"; group: GroupId }
  | { type: "entity"; entity: Entity }
  | { type: "speaker"; label: string | undefined; unnamed?: boolean; quotes: Quote[] }
  | { type: "quote"; quote: Quote }
  /**
   * A name mention, or (bound) a role the analysis binds to the person or a pronoun or description it binds to the
   * person as a quote's speaker (speaker).
   */
  | { type: "mention"; mention: Mention; bound?: boolean; speaker?: boolean };

const GROUPS: GroupId[] = ["people", "orgs", "places", "statements"];

export function children(result: ArticleResult, node: ArticleNode | undefined, order: TreeOrder = DEFAULT_ORDER): ArticleNode[] {
  const a = result.analysis;
  if (!node) return GROUPS.map((group) => ({ type: "group", group }));
  switch (node.type) {
    case "group":
      if (node.group === "statements") return speakers(result, order);
      return entitiesOf(result, node.group, order).map((entity) => ({ type: "entity", entity }));
    case "entity": {
      // A person lists what they said, then where they are named; an organisation or a place, where it is named.
      const said: ArticleNode[] = node.entity.kind !== "person" ? [] : a.quotes
        .filter((q) => q.speaker?.entity === node.entity.id)
        .map((quote) => ({ type: "quote", quote }));
      // Name mentions and bound references ("le ministre …", "il") side by side, in the order of the text.
      const refs = referencesOf(result, node.entity).map((r): ArticleNode => ({
        type: "mention",
        mention: { start: r.start, end: r.end, text: result.document.getText(result.range(r)), entity: node.entity.id },
        bound: r.kind === "bound",
        speaker: r.speaker,
      }));
      return [...said, ...refs];
    }
    case "speaker":
      return node.quotes.map((quote) => ({ type: "quote", quote }));
    default:
      return [];
  }
}

/** The group's entities that pass the filter (name or role), in the chosen order. */
export function entitiesOf(result: ArticleResult, group: Exclude<GroupId, "statements">, order: TreeOrder = DEFAULT_ORDER): Entity[] {
  const quotes = result.analysis.quotes;
  const shown = result.analysis[group].filter((e) => matches(order, e.name, e.role));
  return sortSources(shown, order.sort, (e) => entityKey(e, quotes));
}

/** The statements that pass the filter (speaker or text). */
export function statementsOf(result: ArticleResult, order: TreeOrder = DEFAULT_ORDER): Quote[] {
  return result.analysis.quotes.filter((q) => matches(order, speakerName(result, q), q.text));
}

/** Statements by speaker, in the chosen order (by first statement when by appearance); the unattributed ones last. */
function speakers(result: ArticleResult, order: TreeOrder): ArticleNode[] {
  const groups = new Map<string, { label: string; unnamed: boolean; quotes: Quote[] }>();
  const unattributed: Quote[] = [];
  for (const q of statementsOf(result, order)) {
    const label = speakerName(result, q);
    if (label === undefined) {
      unattributed.push(q);
      continue;
    }
    const k = q.speaker?.entity ?? `name:${label}`;
    const group = groups.get(k) ?? { label, unnamed: isUnnamedSource(q), quotes: [] };
    group.quotes.push(q);
    groups.set(k, group);
  }
  const sorted = sortSources([...groups.values()], order.sort, (g) => {
    const entity = result.entity(g.quotes[0].speaker?.entity);
    return { name: g.label, first: g.quotes[0].start, statements: g.quotes.length, mentions: entity?.mentions.length ?? 0 };
  });
  const nodes: ArticleNode[] = sorted.map((g) => ({ type: "speaker", label: g.label, unnamed: g.unnamed, quotes: g.quotes }));
  if (unattributed.length > 0) nodes.push({ type: "speaker", label: undefined, quotes: unattributed });
  return nodes;
}

/** The span an item leads to: a name's first mention, a statement, a speaker's first statement. */
export function targetSpan(node: ArticleNode): Span | undefined {
  switch (node.type) {
    case "entity":
      return node.entity.mentions[0];
    case "speaker":
      return node.quotes[0];
    case "quote":
      return node.quote;
    case "mention":
      return node.mention;
    default:
      return undefined;
  }
}

function revealCommand(result: ArticleResult, span: Span): vscode.Command {
  return {
    command: REVEAL_COMMAND,
    title: vscode.l10n.t("Show in Article"),
    arguments: [result.document.uri.toString(), span.start, span.end, result.version],
  };
}

const GROUP_LABELS: Record<GroupId, () => string> = {
  people: () => vscode.l10n.t("People"),
  orgs: () => vscode.l10n.t("Organisations"),
  places: () => vscode.l10n.t("Places"),
  statements: () => vscode.l10n.t("Statements"),
};
const GROUP_ICONS: Record<GroupId, string> = { people: "person", orgs: "organization", places: "location", statements: "quote" };
const ENTITY_ICONS = { person: "person", org: "organization", place: "location" } as const;
const QUOTE_ICONS = { direct: "quote", indirect: "comment", mixed: "comment-discussion" } as const;

export function treeItem(result: ArticleResult, node: ArticleNode, order: TreeOrder = DEFAULT_ORDER): vscode.TreeItem {
  const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
  switch (node.type) {
    case "group": {
      const n = node.group === "statements" ? statementsOf(result, order).length : entitiesOf(result, node.group, order).length;
      const item = new vscode.TreeItem(GROUP_LABELS[node.group](), n > 0 ? Expanded : None);
      item.description = String(n);
      item.contextValue = `group.${node.group}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      return item;
    }
    case "entity": {
      const e = node.entity;
      const item = new vscode.TreeItem(e.name, Collapsed);
      item.description = [e.role, mentionCount(e.mentions.length)].filter(Boolean).join(" · ");
      item.tooltip = `${e.name} — ${entityKindLabel(e.kind)}${e.role ? `\n${e.role}` : ""}`;
      item.contextValue = `entity.${e.kind}`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[e.kind]);
      if (e.mentions.length > 0) item.command = revealCommand(result, e.mentions[0]);
      return item;
    }
    case "speaker": {
      const item = new vscode.TreeItem(node.label ?? vscode.l10n.t("Unattributed"), Collapsed);
      item.description = node.unnamed ? `${node.quotes.length} · ${vscode.l10n.t("unnamed source")}` : String(node.quotes.length);
      item.contextValue = node.label === undefined ? "speaker.unattributed" : node.unnamed ? "speaker.unnamed" : "speaker";
      item.iconPath = new vscode.ThemeIcon(node.label === undefined ? "question" : node.unnamed ? "eye-closed" : "person");
      return item;
    }
    case "quote": {
      const q = node.quote;
      const item = new vscode.TreeItem(shorten(q.text, 70), None);
      item.description = quoteKindLabel(q.kind);
      const who = speakerName(result, q);
      item.tooltip = `${q.text}\n— ${who ?? vscode.l10n.t("Unattributed")} (${quoteKindLabel(q.kind)})`;
      item.contextValue = "statement";
      item.iconPath = new vscode.ThemeIcon(QUOTE_ICONS[q.kind]);
      item.command = revealCommand(result, q);
      return item;
    }
    case "mention": {
      const m = node.mention;
      const range = result.range(m);
      const item = new vscode.TreeItem(m.text, None);
      const line = result.document.lineAt(range.start.line).text;
      item.description = excerpt(line, range.start.character, range.start.line === range.end.line ? range.end.character : line.length);
      const who = result.entity(m.entity)?.name ?? "";
      item.tooltip = !node.bound
        ? vscode.l10n.t("Line {0}", range.start.line + 1)
        : node.speaker
          ? vscode.l10n.t("Line {0} · refers to {1} as the speaker of a quote", range.start.line + 1, who)
          : vscode.l10n.t("Line {0} · refers to {1}", range.start.line + 1, who);
      item.contextValue = node.bound ? "mention.bound" : "mention";
      item.iconPath = new vscode.ThemeIcon(node.bound ? "link" : "symbol-reference");
      item.command = revealCommand(result, m);
      return item;
    }
  }
}
