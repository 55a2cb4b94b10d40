import Graph from "graphology";
import type { EdgeData, NodeData } from "../api";

export interface NodeAttrs {
  x: number;
  y: number;
  data: NodeData;
  timeline: string | null;
  fixed?: boolean;
}
export interface EdgeAttrs {
  data: EdgeData;
}

/** The scene: the entities on the canvas and every relationship among them. */
export type SceneGraph = Graph<NodeAttrs, EdgeAttrs>;

export function newSceneGraph(): SceneGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed", allowSelfLoops: true });
}

/** Above this many edges, edges are drawn as 1-pixel lines and hidden while the camera moves. */
export const LARGE_SCENE_EDGES = 3000;
