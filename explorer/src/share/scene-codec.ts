import type { Script, SizeByChoice } from "../style/style";
import type { ColourRule } from "../style/style-rules";
import type { TimeWindow } from "../time/time";

/** Everything needed to rebuild a scene: which entities, where, and how it is filtered and styled. */
export interface SceneState {
  v: 1;
  /** [id, x, y, pinned (1) or not (0)] */
  nodes: [string, number, number, number][];
  script: Script;
  sizeBy: SizeByChoice;
  /** The colour rule; links made before rules existed have none and read as by kind. */
  colourBy?: ColourRule;
  hiddenKinds: string[];
  expandKinds: string[];
  expandVia: string[];
  time: TimeWindow | null;
  /** A link made before paths ran on partnership ties has no network: it was FACTS. */
  path: {
    from: string;
    to: string;
    mode: "SHORTEST" | "K_SHORTEST";
    k: number;
    network?: "PARTNERSHIP" | "FACTS";
  } | null;
  camera?: { x: number; y: number; ratio: number };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, c => c.charCodeAt(0));
}

/** The scene as a URL fragment: deflated JSON in base64url (a 5,000-node scene is some tens of kB). */
export async function encodeScene(state: SceneState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return `scene=${toBase64Url(await pipe(json, new CompressionStream("deflate-raw")))}`;
}

export async function decodeScene(hash: string): Promise<SceneState | null> {
  const m = /(?:^#?|&)scene=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m?.[1]) return null;
  const json = await pipe(fromBase64Url(m[1]), new DecompressionStream("deflate-raw"));
  const state = JSON.parse(new TextDecoder().decode(json)) as SceneState;
  return state.v === 1 && Array.isArray(state.nodes) ? state : null;
}
