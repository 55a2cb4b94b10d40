import { EntityKind } from "../domain/entity-kind";
import { IndexSpace } from "./index-space";
import { kindCounts, type KindCounts } from "./sizes";
import { ZipfSampler } from "./zipf";

/** Purposes of the per-entity random streams; each one is independent of the others. */
export const enum Stream {
  Shape = 1,
  Relations = 2,
  Date = 3,
  Quote = 4,
  Parent = 5,
}

/** Hubs: the first cities are province-level municipalities (the Shanghai of the network). */
const MUNICIPALITIES = 4;
const PREFECTURE_SHARE = 0.4;

/** The fixed frame of a generated network: sizes, index ranges and the heavy-tailed samplers. */
export class World {
  readonly counts: KindCounts;
  readonly space: IndexSpace;
  readonly prefectures: number;
  readonly municipalities: number;
  private readonly samplers = new Map<EntityKind, ZipfSampler>();
  readonly prefectureSampler: ZipfSampler;

  constructor(
    readonly nodes: number,
    readonly seed: number,
  ) {
    this.counts = kindCounts(nodes);
    this.space = new IndexSpace(this.counts);
    this.municipalities = Math.min(MUNICIPALITIES, Math.floor(this.counts.City / 10));
    this.prefectures = Math.max(this.municipalities + 1, Math.round(this.counts.City * PREFECTURE_SHARE));
    this.prefectureSampler = new ZipfSampler(this.prefectures, 1.0);
  }

  /** Zipf over a kind's indices: index 0 is its biggest hub. */
  sampler(kind: EntityKind): ZipfSampler {
    let s = this.samplers.get(kind);
    if (!s) {
      s = new ZipfSampler(this.counts[kind], kind === EntityKind.City ? 1.1 : 0.9);
      this.samplers.set(kind, s);
    }
    return s;
  }

  adminLevel(city: number): "municipality" | "prefecture" | "district" {
    if (city < this.municipalities) return "municipality";
    return city < this.prefectures ? "prefecture" : "district";
  }
}
