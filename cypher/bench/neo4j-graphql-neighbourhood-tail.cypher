// Way (c): appended to innograph's explore/neighbourhood (wrapped in CALL () { }), shapes its row into
// the one column a @cypher field returns.
RETURN {
  truncated: total > $limit,
  nodes: [x IN nodes | {id: x.entity.id, caption: x.entity.name, kind: x.entity.kind, degree: x.degree}],
  edges: [e IN edges | {id: e.id, type: e.type, source: e.source, target: e.target}]
} AS view
