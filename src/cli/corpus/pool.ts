// A pool of worker threads, each running dist/cli-worker.js (which loads the one engine bundle). A task goes to
// an idle worker or waits in the queue; the caller bounds how many are in flight (run.ts), so the queue stays short.
import { Worker } from "node:worker_threads";
import type { Answer, Settings, Task } from "./protocol";

interface Waiter { task: Task; resolve: (a: Answer) => void; reject: (e: Error) => void }

export class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Waiter[] = [];
  private readonly busy = new Map<Worker, Waiter>();
  private readonly all: Worker[] = [];

  constructor(script: string, size: number, settings: Settings) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: settings });
      w.on("message", (a: Answer) => { const job = this.busy.get(w); this.busy.delete(w); this.idle.push(w); this.pump(); job?.resolve(a); });
      w.on("error", (e) => { const job = this.busy.get(w); this.busy.delete(w); job?.reject(e); });
      // A worker that stops while it holds an article (killed, out of memory) fails that article's run.
      w.on("exit", (code) => { const job = this.busy.get(w); this.busy.delete(w); job?.reject(new Error(`worker thread stopped (exit ${code})`)); });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  run(task: Task): Promise<Answer> {
    return new Promise((resolve, reject) => { this.queue.push({ task, resolve, reject }); this.pump(); });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job);
      w.postMessage(job.task);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
