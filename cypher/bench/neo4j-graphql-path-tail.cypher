// Way (c): appended to one of innograph's path statements (wrapped in CALL () { }), shapes its rows into
// the one column a @cypher field returns; `values` holds each node's id, kind and name (type-defs.ts, PATH_READS).
RETURN {
  length: size(steps),
  nodes: [v IN values | {id: v[0], kind: v[1], name: v[2]}],
  steps: [s IN steps | {relationId: s.id, type: s.type, outgoing: s.outgoing}]
} AS path
