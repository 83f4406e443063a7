// How the view orders and filters its items: a sort key and a filter text, remembered per workspace.
import type { Entity, Quote } from "../engine";

export const SORT_KEYS = ["appearance", "statements", "mentions", "name"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TreeOrder {
  sort: SortKey;
  /** Case- and accent-insensitive text an item must contain; "" shows everything. */
  filter: string;
}

export const DEFAULT_ORDER: TreeOrder = { sort: "appearance", filter: "" };

/** Lower case, without accents: "Défense" matches "defense". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function matches(order: { filter: string }, ...texts: (string | undefined)[]): boolean {
  if (!order.filter) return true;
  const needle = fold(order.filter);
  return texts.some((t) => t !== undefined && fold(t).includes(needle));
}

const collator = new Intl.Collator(undefined, { sensitivity: "base" });

/** A stable sort of sources, each with its first position, its statement count and its mention count. */
export function sortSources<T>(items: T[], sort: SortKey, key: (item: T) => { name: string; first: number; statements: number; mentions: number }): T[] {
  const keyed = items.map((item) => ({ item, k: key(item) }));
  keyed.sort((a, b) => {
    switch (sort) {
      case "statements":
        return b.k.statements - a.k.statements || a.k.first - b.k.first;
      case "mentions":
        return b.k.mentions - a.k.mentions || a.k.first - b.k.first;
      case "name":
        return collator.compare(a.k.name, b.k.name) || a.k.first - b.k.first;
      default:
        return a.k.first - b.k.first;
    }
  });
  return keyed.map((x) => x.item);
}

/** An entity's sort key in an analysis. */
export function entityKey(entity: Entity, quotes: readonly Quote[]) {
  return {
    name: entity.name,
    first: entity.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER,
    statements: quotes.filter((q) => q.speaker?.entity === entity.id).length,
    mentions: entity.mentions.length,
  };
}
