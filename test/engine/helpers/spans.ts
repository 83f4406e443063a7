// The span invariant every analysis keeps, whatever the input: offsets in bounds, each slice equal to its text.
import * as assert from "node:assert/strict";
import type { ArticleAnalysis } from "../../../src/engine";

export function checkSpans(text: string, a: ArticleAnalysis): void {
  for (const e of [...a.people, ...a.orgs, ...a.places]) {
    for (const m of e.mentions) {
      assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `mention ${m.start}-${m.end} of ${text.length}`);
      assert.equal(text.slice(m.start, m.end), m.text);
    }
  }
  for (const q of a.quotes) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, `quote ${q.start}-${q.end} of ${text.length}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    for (const f of q.fragments ?? []) assert.ok(f.start >= q.start && f.end <= q.end, `fragment ${f.start}-${f.end}`);
    if (q.speaker?.mention) {
      const m = q.speaker.mention;
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `speaker mention ${m.start}-${m.end}`);
      assert.equal(text.slice(m.start, m.end), q.speaker.mentionText);
    }
  }
}
