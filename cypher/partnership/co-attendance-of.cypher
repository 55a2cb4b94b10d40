// The co-attendance facts of the entities in $ids (src/partnership/tie-rules.ts, KIND_OF_LINK: ATTENDED and
// SPOKE_AT one event). They are not stored as ties (at 100k entities they were 97% of them, and the default
// network leaves them out), so a question that asks for CO_ATTENDANCE derives them here. An event that gathers
// more than $hubLimit entities makes no ties (HUB_LIMIT).
// Params:  $ids: [String] entity ids; $hubLimit: Integer
// Returns: rows shaped as joint-facts.cypher's { a, b, linkType: 'ATTENDED', hub, links }, each pair in both
//          orders when both ends are in $ids
UNWIND $ids AS id
MATCH (x:Entity {id: id})-[r1:ATTENDED|SPOKE_AT]->(h:Event)
WHERE {{hub-participants: h}} <= $hubLimit
MATCH (h)<-[r2:ATTENDED|SPOKE_AT]-(y:Entity)
WHERE y <> x
RETURN x.id AS a, y.id AS b, 'ATTENDED' AS linkType,
       {id: h.id, kind: h.kind, name: h.name, modality: h.modality, date: h.date, dateResolved: h.dateResolved,
        dateBasis: h.dateBasis, datePrecision: h.datePrecision,
        evidenceKind: h.evidenceKind} AS hub,
       [r IN [r1, r2] | {id: r.id, type: type(r), modality: r.modality, date: r.date, dateResolved: r.dateResolved,
         dateBasis: r.dateBasis, datePrecision: r.datePrecision, evidenceKind: r.evidenceKind, sources: r.sources,
         evidence: r.evidence}] AS links
