// What the share-of-voice webviews (one article, the folder) draw: tables of SVG bars and a column chart over time,
// in the theme's chart colours, in a page with a strict CSP (default-src 'none': no script, no image, no remote
// content; one nonce'd stylesheet).
import * as vscode from "vscode";
import type { Tally } from "../engine";
import { reportLabels } from "./reportLabels";

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const pct = (t: Tally) => `${Math.round(t.share * 100)}\u00a0%`;

function nonce(): string {
  let s = "";
  for (let i = 0; i < 32; i++) s += "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 62)];
  return s;
}

export interface BarRow { label: string; tally: Tally; cls: string; title?: string }

/** One table of bars: label, bar, statements, words, share. */
export function bars(title: string, rows: BarRow[]): string {
  const L = reportLabels();
  const body = rows.map((r) => `<tr><th scope="row"${r.title ? ` title="${esc(r.title)}"` : ""}>${esc(r.label)}</th>` +
    `<td class="bar"><svg width="100%" height="14" role="img" aria-label="${pct(r.tally)}"><rect class="${r.cls}" x="0" y="1" height="12" width="${(r.tally.share * 100).toFixed(1)}%"/></svg></td>` +
    `<td class="num">${r.tally.statements}</td><td class="num">${r.tally.words}</td><td class="num">${pct(r.tally)}</td></tr>`).join("");
  return `<h2>${esc(title)}</h2><table><colgroup><col class="label"><col class="bar"><col class="n"><col class="n"><col class="n"></colgroup><thead><tr><th></th><th></th><th class="num">${esc(L.statements)}</th><th class="num">${esc(L.words)}</th><th class="num">${esc(L.share)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

export interface Column { label: string; parts: { value: number; cls: string; label: string }[]; title: string }

const COLUMN = 40;
const GAP = 16;
const HEIGHT = 150;

/** Columns of stacked parts (quoted words over time), heights against the tallest column, a legend below. */
export function columns(title: string, cols: Column[], legend: { cls: string; label: string }[]): string {
  const max = Math.max(1, ...cols.map((c) => c.parts.reduce((n, p) => n + p.value, 0)));
  const width = cols.length * (COLUMN + GAP) + GAP;
  const body = cols.map((c, i) => {
    const x = GAP + i * (COLUMN + GAP);
    let y = HEIGHT;
    const rects = c.parts.filter((p) => p.value > 0).map((p) => {
      const h = (p.value / max) * (HEIGHT - 20);
      y -= h;
      return `<rect class="${p.cls}" x="${x}" y="${y.toFixed(1)}" width="${COLUMN}" height="${h.toFixed(1)}"><title>${esc(`${c.label} · ${p.label}: ${p.value}`)}</title></rect>`;
    }).join("");
    const total = c.parts.reduce((n, p) => n + p.value, 0);
    return `<g><title>${esc(c.title)}</title>${rects}<text x="${x + COLUMN / 2}" y="${(y - 3).toFixed(1)}" text-anchor="middle">${total}</text>` +
      `<text x="${x + COLUMN / 2}" y="${HEIGHT + 14}" text-anchor="middle">${esc(c.label)}</text></g>`;
  }).join("");
  const keys = legend.map((l) => `<span class="key"><svg width="10" height="10"><rect class="${l.cls}" width="10" height="10"/></svg> ${esc(l.label)}</span>`).join(" ");
  return `<h2>${esc(title)}</h2><div class="chart"><svg width="${width}" height="${HEIGHT + 20}" role="img" aria-label="${esc(title)}">` +
    `<line x1="0" y1="${HEIGHT}" x2="${width}" y2="${HEIGHT}"/>${body}</svg></div><p class="legend">${keys}</p>`;
}

/** The page around a body: CSP, theme colours. */
export function chartPage(body: string): string {
  const n = nonce();
  const csp = `default-src 'none'; style-src 'nonce-${n}';`;
  return `<!DOCTYPE html><html lang="${esc(vscode.env.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${n}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 12px; }
h1 { font-size: 1.2em; font-weight: 600; } h2 { font-size: 1em; font-weight: 600; margin-top: 1.4em; }
.sub, .legend { color: var(--vscode-descriptionForeground); }
table { border-collapse: collapse; width: 100%; max-width: 760px; table-layout: fixed; }
col.label { width: 15em; } col.n { width: 7.5em; }
th, td { padding: 2px 6px; text-align: left; font-weight: normal; } th[scope=row] { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 22em; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { overflow-x: auto; max-width: 100%; } .chart text { fill: var(--vscode-descriptionForeground); font-size: 10px; }
.chart line { stroke: var(--vscode-charts-lines, var(--vscode-descriptionForeground)); } .key { margin-right: 1em; white-space: nowrap; }
rect { fill: var(--vscode-charts-blue); }
rect.org { fill: var(--vscode-charts-orange); } rect.unnamed { fill: var(--vscode-charts-yellow); }
rect.unattributed, rect.g-unknown { fill: var(--vscode-charts-lines, var(--vscode-descriptionForeground)); }
rect.g-f { fill: var(--vscode-charts-purple); } rect.g-m { fill: var(--vscode-charts-green); }
</style></head><body>${body}</body></html>`;
}
