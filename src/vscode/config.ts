// The extension's settings as one typed object, re-read only when `whoSaidWhat.*` changes.
import * as vscode from "vscode";
import type { Lang } from "../engine";

export const SECTION = "whoSaidWhat";

/** Decoration categories, each switchable in the settings. */
export const CATEGORIES = ["quotes", "people", "orgs", "places"] as const;
export type Category = (typeof CATEGORIES)[number];

export const HINT_MODES = ["always", "currentLine", "off"] as const;
export type HintMode = (typeof HINT_MODES)[number];

export interface WswConfig {
  decorations: Record<Category, boolean>;
  /** "off" also when the older setting inlayHints.enabled is false. */
  hintMode: HintMode;
  /** What the hint shows after a quote the engine could not attribute. */
  unattributedHint: string;
  treeFollowsCursor: boolean;
  debounceMs: number;
  maxFileSize: number;
  language: "auto" | Lang;
  extraReportingVerbs: Record<Lang, string[]>;
  /** Report quotes with no speaker and unbalanced quote marks in the Problems panel. */
  problems: boolean;
  /** The workspace index: on or off, which files (globs), which not. */
  index: { enabled: boolean; include: string[]; exclude: string[] };
}

/** Every key this module reads (relative to the section); a test checks it against the manifest. */
export const SETTING_KEYS = [
  "decorations.quotes",
  "decorations.people",
  "decorations.orgs",
  "decorations.places",
  "inlayHints.enabled",
  "inlayHints.mode",
  "inlayHints.unattributedText",
  "tree.followCursor",
  "debounce",
  "maxFileSize",
  "language",
  "extraReportingVerbs",
  "problems.enabled",
  "index.enabled",
  "index.include",
  "index.exclude",
] as const;
type SettingKey = (typeof SETTING_KEYS)[number];

export const DEFAULTS: WswConfig = {
  decorations: { quotes: true, people: true, orgs: true, places: true },
  hintMode: "always",
  unattributedHint: "?",
  treeFollowsCursor: false,
  debounceMs: 300,
  maxFileSize: 2_000_000,
  language: "auto",
  extraReportingVerbs: { fr: [], en: [] },
  problems: false,
  index: { enabled: true, include: ["**/*.txt", "**/*.md", "**/*.article"], exclude: ["**/node_modules/**", "**/README.md", "**/readme.md"] },
};

function hintMode(value: unknown): HintMode {
  return (HINT_MODES as readonly unknown[]).includes(value) ? (value as HintMode) : DEFAULTS.hintMode;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

/** Reads and validates the settings; a wrong type falls back to the default instead of breaking the extension. */
export function readConfig(section: vscode.WorkspaceConfiguration = vscode.workspace.getConfiguration(SECTION)): WswConfig {
  const get = (key: SettingKey): unknown => section.get(key);
  const bool = (key: SettingKey, fallback: boolean): boolean => {
    const v = get(key);
    return typeof v === "boolean" ? v : fallback;
  };
  const lang = get("language");
  const verbs = get("extraReportingVerbs") as Partial<Record<Lang, unknown>> | undefined;
  return {
    decorations: {
      quotes: bool("decorations.quotes", DEFAULTS.decorations.quotes),
      people: bool("decorations.people", DEFAULTS.decorations.people),
      orgs: bool("decorations.orgs", DEFAULTS.decorations.orgs),
      places: bool("decorations.places", DEFAULTS.decorations.places),
    },
    hintMode: bool("inlayHints.enabled", true) ? hintMode(get("inlayHints.mode")) : "off",
    unattributedHint: typeof get("inlayHints.unattributedText") === "string" ? (get("inlayHints.unattributedText") as string) : DEFAULTS.unattributedHint,
    treeFollowsCursor: bool("tree.followCursor", DEFAULTS.treeFollowsCursor),
    debounceMs: clampInt(get("debounce"), 0, 10_000, DEFAULTS.debounceMs),
    maxFileSize: clampInt(get("maxFileSize"), 0, 100_000_000, DEFAULTS.maxFileSize),
    language: lang === "fr" || lang === "en" ? lang : "auto",
    extraReportingVerbs: { fr: strings(verbs?.fr), en: strings(verbs?.en) },
    problems: bool("problems.enabled", DEFAULTS.problems),
    index: {
      enabled: bool("index.enabled", DEFAULTS.index.enabled),
      include: Array.isArray(get("index.include")) ? strings(get("index.include")) : DEFAULTS.index.include,
      exclude: Array.isArray(get("index.exclude")) ? strings(get("index.exclude")) : DEFAULTS.index.exclude,
    },
  };
}

/** Holds the current configuration and tells its listeners when it changes. */
export class ConfigStore implements vscode.Disposable {
  private value = readConfig();
  private readonly emitter = new vscode.EventEmitter<WswConfig>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.value = readConfig();
      this.emitter.fire(this.value);
    });
  }

  get current(): WswConfig {
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
