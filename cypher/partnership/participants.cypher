// The entities whose partnership ties a write to $ids can change: the entities themselves and, for a hub
// (an agreement, event, platform, corridor), everyone joined to it by a tie rule's relationship, unless the
// hub gathered more than $hubLimit entities even before this write (then it makes no ties, before or after).
// Params:  $ids: [String] entity ids; $touched: [String] every entity id the write touched; $hubLimit: Integer
// Returns: rows { id: String }
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  RETURN n AS x
  UNION
  MATCH (n)<-[:PARTY_TO|FOUNDED|HOSTED|MEMBER_OF|CENTRAL_CITY_OF|ATTENDED|SPOKE_AT]-(m:Entity)
  WITH collect(DISTINCT m) AS members
  WHERE size(members) - size([m IN members WHERE m.id IN $touched]) <= $hubLimit
  UNWIND members AS x
  RETURN x
}
RETURN DISTINCT x.id AS id
