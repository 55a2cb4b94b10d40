// The facts that make the stored partnership ties (src/partnership/tie-rules.ts, KIND_OF_LINK) of every entity in
// $ids: every kind but co-attendance, which is derived when a question asks for it (co-attendance-of.cypher).
// A hub that gathers more than $hubLimit entities makes no ties (src/partnership/tie-rules.ts, HUB_LIMIT).
// With $lowerOnly, only the partners whose id sorts after x's: a refresh of every tie reads each pair once, from
// the end that stores it (merge-ties.cypher stores a tie from the lower id to the higher).
// Params:  $ids: [String] entity ids; $hubLimit: Integer; $lowerOnly: Boolean
// Returns: rows { a, b: String, linkType: String, hub: {id, kind, name, modality, date, dateResolved,
//          dateBasis, datePrecision, evidenceKind} | null, links: [{id, type, modality, date, dateResolved,
//          dateBasis, datePrecision, evidenceKind, sources, evidence}] }, one per (a, b, hub or cooperation);
//          each pair appears in both orders unless $lowerOnly.
UNWIND $ids AS id
MATCH (x:Entity {id: id})
CALL (x) {
  MATCH (x)-[r:COOPERATES_WITH]-(y:Entity)
  WHERE y <> x
  RETURN y, type(r) AS linkType, null AS h, [r] AS rs
  UNION ALL
  MATCH (x)-[r1:PARTY_TO]->(h:Agreement)
  WHERE {{hub-participants: h}} <= $hubLimit
  MATCH (h)<-[r2:PARTY_TO]-(y:Entity)
  WHERE y <> x
  RETURN y, type(r1) AS linkType, h, [r1, r2] AS rs
  UNION ALL
  MATCH (x)-[r1:FOUNDED]->(h:Entity)
  WHERE {{hub-participants: h}} <= $hubLimit
  MATCH (h)<-[r2:FOUNDED]-(y:Entity)
  WHERE y <> x
  RETURN y, type(r1) AS linkType, h, [r1, r2] AS rs
  UNION ALL
  MATCH (x)-[r1:HOSTED]->(h:Event)
  WHERE {{hub-participants: h}} <= $hubLimit
  MATCH (h)<-[r2:HOSTED]-(y:Entity)
  WHERE y <> x
  RETURN y, type(r1) AS linkType, h, [r1, r2] AS rs
  UNION ALL
  MATCH (x)-[r1:MEMBER_OF|CENTRAL_CITY_OF]->(h:Entity)
  WHERE {{hub-participants: h}} <= $hubLimit
  MATCH (h)<-[r2:MEMBER_OF|CENTRAL_CITY_OF]-(y:Entity)
  WHERE y <> x
  RETURN y, 'MEMBER_OF' AS linkType, h, [r1, r2] AS rs
}
WITH x, y, linkType, h, rs
WHERE NOT $lowerOnly OR y.id > x.id
RETURN x.id AS a, y.id AS b, linkType,
       CASE WHEN h IS NULL THEN null ELSE {id: h.id, kind: h.kind, name: h.name, modality: h.modality, date: h.date,
         dateResolved: h.dateResolved, dateBasis: h.dateBasis, datePrecision: h.datePrecision,
         evidenceKind: h.evidenceKind} END AS hub,
       [r IN rs | {id: r.id, type: type(r), modality: r.modality, date: r.date, dateResolved: r.dateResolved,
         dateBasis: r.dateBasis, datePrecision: r.datePrecision, evidenceKind: r.evidenceKind, sources: r.sources,
         evidence: r.evidence}] AS links
