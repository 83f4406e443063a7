// Where the CLI's corpus output goes, with backpressure: text (jsonl, CSV, summaries) in 64 KB writes, and Parquet
// in row groups of `rowGroup` statements (default ROW_GROUP), each written out as soon as it is full, so memory stays flat.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import { CSV_COLUMNS, type StatementRow } from "../../engine";

export async function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

export interface Sink {
  text(s: string): Promise<void>;
  rows(rows: StatementRow[]): Promise<void>;
  end(): Promise<void>;
}

export function textSink(stream: Writable, header = ""): Sink {
  let buf = header;
  const flush = async () => { if (buf) { const b = buf; buf = ""; await write(stream, b); } };
  return {
    async text(s) { buf += s; if (buf.length >= 65536) await flush(); },
    async rows() { /* text formats carry no rows */ },
    end: flush,
  };
}

export const ROW_GROUP = 50_000;
const INT_COLUMNS = new Set(["line", "start", "end"]);

/** The Parquet file of the statements: the CSV's columns, strings (nullable) and 32-bit integers. */
export function parquetSink(stream: Writable, rowGroup = ROW_GROUP): Sink {
  const out = new ByteWriter() as ByteWriter & { flush(): Promise<void>; finish(): Promise<void> };
  // Each row group (and the footer) leaves for the stream as soon as it is encoded.
  out.flush = async () => {
    const bytes = new Uint8Array(out.buffer, 0, out.index).slice();
    out.index = 0;
    await write(stream, bytes);
  };
  out.finish = out.flush;
  const schema = [
    { name: "root", num_children: CSV_COLUMNS.length },
    ...CSV_COLUMNS.map((name) => INT_COLUMNS.has(name)
      ? { name, type: "INT32" as const, repetition_type: "REQUIRED" as const }
      : { name, type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const, repetition_type: "OPTIONAL" as const }),
  ];
  const writer = new ParquetWriter({ writer: out, schema, createdBy: "who-said-what" });
  let group: StatementRow[] = [];
  /** Writes the first `n` rows held as one row group. */
  const flushGroup = async (n = group.length) => {
    if (!n) return;
    const rows = group.slice(0, n);
    group = group.slice(n);
    const columnData = CSV_COLUMNS.map((name, i) => ({ name, data: rows.map((r) => r[i] ?? null) }));
    await writer.write({ columnData, rowGroupSize: n });
  };
  return {
    async text() { /* Parquet carries rows only */ },
    async rows(rows) {
      for (const r of rows) group.push(r);
      while (group.length >= rowGroup) await flushGroup(rowGroup);
    },
    async end() { await flushGroup(); await writer.finish(); },
  };
}
