// Way (c): appended to one of innograph's path statements (wrapped in CALL () { }), shapes its rows into
// the one column a @cypher field returns.
RETURN {
  length: size(steps),
  nodes: [n IN nodes | {id: n.id, name: n.name, kind: n.kind}],
  steps: [s IN steps | {relationId: s.id, type: s.type, outgoing: s.outgoing}]
} AS path
