// The same quote elsewhere, for the hover: the folder's other articles that carry a direct quote's words, whether
// they quote it word for word, and whether they give it to the same speaker.
import * as vscode from "vscode";
import type { Quote } from "../engine";
import { nameKey } from "../corpus/merge";
import type { WorkspaceIndex } from "./workspaceIndex";
import { REVEAL_COMMAND } from "./treeNodes";

export interface EchoLine {
  file: string;
  start: number;
  end: number;
  /** The speaker that article gives, if any. */
  who?: string;
  same: boolean;
  removed: string[];
  added: string[];
  /** Both articles name a speaker, and not the same one. */
  otherSpeaker: boolean;
}

/** Other articles' quotes with the same or nearly the same words; nothing until the index has articles (never waits for it). */
export function echoesOf(index: WorkspaceIndex, uri: string, quote: Quote, speaker: string | undefined): EchoLine[] {
  if (quote.kind !== "direct" || index.status.indexed === 0) return [];
  const corpus = index.corpus;
  const who = (name: string) => corpus.find("person", name) ?? corpus.find("org", name) ?? nameKey(name);
  return index.quotes.echoes(quote.text, uri).flatMap((e) => {
    const q = index.digest(e.file)?.quotes[e.quote];
    if (!q) return [];
    const otherSpeaker = speaker !== undefined && q.who !== undefined && who(speaker) !== who(q.who);
    return [{ file: e.file, start: q.start, end: q.end, who: q.who, same: e.same, removed: e.removed, added: e.added, otherSpeaker }];
  });
}

const MAX_LINES = 5;

/** "Also in N articles", then one line per article: the file (a link to the quote there), its speaker, the flags. */
export function appendEchoes(md: vscode.MarkdownString, echoes: EchoLine[]): void {
  if (echoes.length === 0) return;
  const files = new Set(echoes.map((e) => e.file)).size;
  md.appendMarkdown("\n\n$(files) ").appendText(files === 1 ? vscode.l10n.t("Also in 1 article") : vscode.l10n.t("Also in {0} articles", files));
  for (const e of echoes.slice(0, MAX_LINES)) {
    const uri = vscode.Uri.parse(e.file);
    const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
    const args = encodeURIComponent(JSON.stringify([e.file, e.start, e.end]));
    md.appendMarkdown(`\n- [${escape(name)}](command:${REVEAL_COMMAND}?${args})`);
    if (e.who) md.appendText(` — ${e.who}`);
    const flags: string[] = [];
    if (e.otherSpeaker) flags.push(vscode.l10n.t("attributed to someone else"));
    if (!e.same) {
      const changes = [...e.removed.map((w) => `−${w}`), ...e.added.map((w) => `+${w}`)].join(" ");
      flags.push(vscode.l10n.t("quoted differently: {0}", changes));
    }
    if (flags.length) md.appendMarkdown(" · ").appendText(flags.join(" · "));
  }
  if (echoes.length > MAX_LINES) md.appendMarkdown("\n- …");
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, "\\$&");
}
