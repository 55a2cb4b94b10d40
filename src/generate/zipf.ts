import type { Rng } from "./prng";

/**
 * Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s. Static Zipf weights give the same heavy tail
 * as preferential attachment (a few hubs, many small places) without order-dependent state.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(
    readonly n: number,
    exponent: number,
  ) {
    if (n < 1) throw new Error("a Zipf sampler needs at least one rank");
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = sum;
    }
  }

  sample(rng: Rng): number {
    const target = rng() * this.cumulative[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
