import { getHeapStatistics } from "node:v8";
import type { RequestHandler } from "express";
import { ErrorCode } from "../errors";
import type { Logger } from "../logger";
import { loadSheddingState, requestsShed } from "../observability/metrics";

export interface LoadSheddingConfig {
  /** Heap in use above which new requests are turned away; 0 turns shedding off. */
  maxHeapBytes: number;
  /** What a turned-away client is told to wait, in seconds. */
  retryAfterSeconds: number;
}

/** The V8 heap in use now; injectable so a test can drive the threshold. */
export type HeapProbe = () => number;
export const heapUsed: HeapProbe = () => getHeapStatistics().used_heap_size;

/** The default threshold: most of the heap V8 allows this process, leaving room for the requests in flight. */
export const defaultMaxHeapBytes = (): number => Math.floor(getHeapStatistics().heap_size_limit * 0.7);

/**
 * Turns new requests away with 503 and Retry-After while the heap is over the threshold, until it falls
 * back under 90 % of it (so it does not flap at the edge). Requests already running go on; routes mounted
 * before it (/health) keep answering.
 */
export function loadShedding(config: LoadSheddingConfig, log: Logger, probe: HeapProbe = heapUsed): RequestHandler {
  let shedding = false;
  return (_req, res, next) => {
    if (config.maxHeapBytes === 0) return next();
    const used = probe();
    const over = shedding ? used > config.maxHeapBytes * 0.9 : used > config.maxHeapBytes;
    if (over !== shedding) {
      shedding = over;
      loadSheddingState.set(over ? 1 : 0);
      log.warn(
        { heapUsed: used, maxHeapBytes: config.maxHeapBytes },
        over ? "heap over its threshold: turning new requests away" : "heap back under its threshold: serving again",
      );
    }
    if (!over) return next();
    requestsShed.inc();
    res.setHeader("Retry-After", String(config.retryAfterSeconds));
    res.status(503).json({
      errors: [
        {
          message: "the service is overloaded; try again shortly",
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: config.retryAfterSeconds },
        },
      ],
    });
  };
}
