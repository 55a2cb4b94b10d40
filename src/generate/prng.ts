/** A small, fast, seedable PRNG (mulberry32): the generator never touches Math.random, so a seed fixes every byte. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one 32-bit seed, so every entity gets its own stream independent of generation order. */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A stream for one purpose of one entity: the same (seed, purpose, index) always yields the same numbers. */
export function rngFor(seed: number, purpose: number, index: number): Rng {
  return mulberry32(hash32(seed, purpose, index));
}

export function pick<T>(list: readonly T[], rng: Rng): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** An integer in [min, max], both inclusive. */
export function between(min: number, max: number, rng: Rng): number {
  return min + Math.floor(rng() * (max - min + 1));
}
