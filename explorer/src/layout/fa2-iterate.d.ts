// graphology-layout-forceatlas2 ships its single iteration without types: it moves the nodes of the node
// matrix (10 floats a node) by the forces of the edge matrix (3 floats an edge), in place.
declare module "graphology-layout-forceatlas2/iterate" {
  const iterate: (settings: object, nodes: Float32Array, edges: Float32Array) => void;
  export default iterate;
}
