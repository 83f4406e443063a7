// The workspace index's core in plain Node: a file's content is analysed once, reused by hash (in the same run,
// after a rename, from the cache of the last session), files gone are pruned, files too long are skipped.
import * as assert from "node:assert/strict";
import { answer, type WorkerRequest } from "../../src/vscode/analysisJob";
import { Indexer, type IndexSource } from "../../src/vscode/indexer";

const ARTICLE = "Le maire, Jean Dupont, a déclaré : « Nous ouvrirons la clinique lundi. »\n";

function setup(fingerprint = "f1", maxLength = 10_000) {
  const calls: string[] = [];
  const analyse = async (req: Omit<WorkerRequest, "id">) => {
    calls.push(req.text);
    return answer({ ...req, id: 0 });
  };
  return { calls, indexer: new Indexer(analyse, { options: {}, maxLength, fingerprint }) };
}

const files = (contents: Record<string, string>): IndexSource[] =>
  Object.entries(contents).map(([key, text]) => ({ key, read: async () => new TextEncoder().encode(text) }));

describe("workspace index core", () => {
  it("analyses each content once and reuses it by hash", async () => {
    const { calls, indexer } = setup();
    const r1 = await indexer.update(files({ "file:///a.txt": ARTICLE, "file:///b.txt": ARTICLE + "\n" }), { concurrency: 1 });
    assert.deepEqual([r1.analysed, r1.reused, calls.length], [2, 0, 2]);
    const r2 = await indexer.update(files({ "file:///a.txt": ARTICLE, "file:///c.txt": ARTICLE }));
    assert.deepEqual([r2.analysed, r2.reused, calls.length], [0, 2, 2]);
    assert.equal(indexer.digest("file:///c.txt")?.entities[0]?.name, "Jean Dupont");
  });

  it("forgets the files that are gone when asked to prune", async () => {
    const { indexer } = setup();
    await indexer.update(files({ "file:///a.txt": ARTICLE, "file:///b.txt": ARTICLE }));
    await indexer.update(files({ "file:///b.txt": ARTICLE }), { prune: true });
    assert.deepEqual([...indexer.entries.keys()], ["file:///b.txt"]);
  });

  it("reuses the last session's cache made with the same engine and options, and only that one", async () => {
    const first = setup();
    await first.indexer.update(files({ "file:///a.txt": ARTICLE }));
    const cache = JSON.parse(JSON.stringify(first.indexer.toCache()));
    const again = setup();
    assert.equal(again.indexer.load(cache), 1);
    assert.equal(again.indexer.digest("file:///a.txt")?.entities[0]?.name, "Jean Dupont", "shown before any file is read");
    const r = await again.indexer.update(files({ "file:///a.txt": ARTICLE }));
    assert.deepEqual([r.analysed, r.reused, again.calls.length], [0, 1, 0]);
    const other = setup("f2");
    assert.equal(other.indexer.load(cache), 0);
  });

  it("skips a file longer than the limit without analysing it", async () => {
    const { calls, indexer } = setup("f1", 20);
    const r = await indexer.update(files({ "file:///long.txt": ARTICLE }));
    assert.deepEqual([r.skipped, calls.length], [1, 0]);
    assert.equal(indexer.digest("file:///long.txt"), undefined);
  });

  it("stops when cancelled", async () => {
    const { indexer } = setup();
    let n = 0;
    const r = await indexer.update(files({ "file:///a": ARTICLE, "file:///b": "x", "file:///c": "y" }), { concurrency: 1, isCancelled: () => n++ > 0 });
    assert.equal(r.cancelled, true);
    assert.equal(indexer.entries.size, 1);
  });
});
