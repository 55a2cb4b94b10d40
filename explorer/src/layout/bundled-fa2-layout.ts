import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";

/** Where the service serves the bundled worker (explorer/build.mjs writes it next to explorer.js). */
export const LAYOUT_WORKER_URL = "/explore/layout-worker.js";

/** What the supervisor posts to the worker; maxIterations, minIterations and sliceMs (ours) bound one message's work. */
export interface LayoutMessage {
  settings: { maxIterations: number; minIterations: number; sliceMs: number };
  nodes: ArrayBuffer;
  edges?: ArrayBuffer;
}

/** The supervisor's own members this subclass reaches (the library types only its public methods). */
interface SupervisorInternals {
  settings: { maxIterations: number };
  worker: Worker | null;
  running: boolean;
  handleMessage(event: MessageEvent): void;
  start(): void;
}

/**
 * The library's ForceAtlas2 supervisor (positions copied to the graph after every iteration in the worker),
 * with its worker loaded from the bundled file instead of a blob: URL, and a hook after each answer.
 */
export class BundledFA2Layout extends FA2LayoutSupervisor {
  /**
   * Called with the number of iterations each answer of the worker ran, and how far its last iteration moved
   * the nodes (mean distance over the scene's diagonal).
   */
  onIterations: (count: number, movement: number) => void = () => {};

  /** The most iterations the worker may run before it answers. */
  set maxIterations(n: number) {
    (this as unknown as SupervisorInternals).settings.maxIterations = Math.max(1, n);
  }

  /** Replaces the library's spawnWorker, which builds the worker from a blob: URL. */
  spawnWorker(): void {
    const self = this as unknown as SupervisorInternals;
    self.worker?.terminate();
    self.worker = new Worker(LAYOUT_WORKER_URL);
    self.worker.addEventListener("message", self.handleMessage);
    // The graph changed while running: start again on its new matrices.
    if (self.running) {
      self.running = false;
      self.start();
    }
  }

  handleMessage(event: MessageEvent<{ iterations?: number; movement?: number }>): void {
    const running = (this as unknown as SupervisorInternals).running;
    (FA2LayoutSupervisor.prototype as unknown as SupervisorInternals).handleMessage.call(this, event);
    if (running) this.onIterations(event.data.iterations ?? 1, event.data.movement ?? Infinity);
  }
}
