// Worker threads running dist/worker.js: started on first use, one request at a time each, the others queued;
// stopped after a quiet spell (each holds its own copy of the engine's tables) and on dispose. Falls back to the
// calling thread if no worker can start (e.g. a host without worker_threads). No vscode: the bench uses it too.
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkerRequest, WorkerResponse } from "./analysisJob";
import { engineCacheDir } from "./engineCache";

type Job = { req: WorkerRequest; resolve: (r: WorkerResponse) => void };
interface Slot { worker: Worker; job?: Job }

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private next = 0;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private broken = false;

  /**
   * @param scriptDir the folder of worker.js (dist/)
   * @param size the number of threads
   * @param fallback runs a request on the calling thread when no worker can start
   * @param idleMs stop the threads after this long without work (0: keep them)
   */
  constructor(
    private readonly scriptDir: string,
    private readonly size: number,
    private readonly fallback: (req: WorkerRequest) => WorkerResponse,
    private readonly idleMs = 30_000,
  ) {}

  request(req: Omit<WorkerRequest, "id">): Promise<WorkerResponse> {
    const full = { ...req, id: this.next++ };
    return new Promise((resolve) => {
      this.queue.push({ req: full, resolve });
      this.pump();
    });
  }

  /** Requests waiting for a thread. */
  get waiting(): number {
    return this.queue.length;
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.job) ?? this.start();
      if (!slot) break;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.req);
    }
    if (this.broken) {
      // No thread: answer on this one, a request per turn of the event loop so the host stays responsive.
      const job = this.queue.shift();
      if (job) setImmediate(() => { job.resolve(this.fallback(job.req)); this.pump(); });
      return;
    }
    if (this.idleMs > 0 && this.queue.length === 0 && this.slots.every((s) => !s.job)) {
      this.idleTimer = setTimeout(() => this.dispose(), this.idleMs);
      this.idleTimer.unref?.();
    }
  }

  private start(): Slot | undefined {
    if (this.broken || this.slots.length >= this.size) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(path.join(this.scriptDir, "worker.js"), { workerData: { engineCacheDir: engineCacheDir() } });
    } catch {
      this.broken = this.slots.length === 0;
      return undefined;
    }
    const slot: Slot = { worker };
    worker.on("message", (res: WorkerResponse) => {
      const job = slot.job;
      slot.job = undefined;
      if (job && job.req.id === res.id) job.resolve(res);
      this.pump();
    });
    const fail = (message: string) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      const job = slot.job;
      slot.job = undefined;
      job?.resolve({ id: job.req.id, error: message });
      this.pump();
    };
    worker.on("error", (e) => fail(e.message));
    worker.on("exit", () => fail("analysis worker stopped"));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Stops the threads; queued requests start new ones. */
  dispose(): void {
    clearTimeout(this.idleTimer);
    for (const s of this.slots.splice(0)) {
      s.worker.removeAllListeners();
      s.job?.resolve({ id: s.job.req.id, error: "analysis worker stopped" });
      void s.worker.terminate();
    }
  }
}
