// Every co-attendance fact of the graph (co-attendance-of.cypher, for all entities at once), each pair once:
// read only when a whole-network question asks for CO_ATTENDANCE, and then cached per network version.
// Params:  $hubLimit: Integer
// Returns: rows shaped as joint-facts.cypher's { a, b, linkType: 'ATTENDED', hub, links }, a's id before b's
MATCH (h:Event)
WHERE {{hub-participants: h}} <= $hubLimit
MATCH (h)<-[r1:ATTENDED|SPOKE_AT]-(x:Entity)
MATCH (h)<-[r2:ATTENDED|SPOKE_AT]-(y:Entity)
WHERE x.id < y.id
RETURN x.id AS a, y.id AS b, 'ATTENDED' AS linkType,
       {id: h.id, kind: h.kind, name: h.name, modality: h.modality, date: h.date, dateResolved: h.dateResolved,
        dateBasis: h.dateBasis, datePrecision: h.datePrecision,
        evidenceKind: h.evidenceKind} AS hub,
       [r IN [r1, r2] | {id: r.id, type: type(r), modality: r.modality, date: r.date, dateResolved: r.dateResolved,
         dateBasis: r.dateBasis, datePrecision: r.datePrecision, evidenceKind: r.evidenceKind, sources: r.sources,
         evidence: r.evidence}] AS links
