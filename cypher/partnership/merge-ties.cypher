// Stores partnership ties (src/partnership/tie-store.ts), one PARTNERS_WITH per pair, from the lower id to the higher.
// Params:  $ties: [{a, b: String, props: {kinds: [String], weight: Float, modality, evidenceKind: String, firstDate, firstBasis,
//          lastDate, lastBasis: String | null, strands: [String] (each strand as JSON, the evidence inside)}}]
// Returns: 1 row { merged: Integer }
UNWIND $ties AS tie
MATCH (a:Entity {id: tie.a})
MATCH (b:Entity {id: tie.b})
MERGE (a)-[t:PARTNERS_WITH]->(b)
SET t = tie.props
RETURN count(t) AS merged
