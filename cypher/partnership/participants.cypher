// The entities whose partnership ties a write to $ids can change: the entities themselves and, for a hub
// (an agreement, event, platform, corridor), everyone joined to it by a tie rule's relationship.
// Params:  $ids: [String] entity ids
// Returns: rows { id: String }
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  RETURN n AS x
  UNION
  MATCH (n)<-[:PARTY_TO|FOUNDED|HOSTED|MEMBER_OF|CENTRAL_CITY_OF|ATTENDED|SPOKE_AT]-(x:Entity)
  RETURN x
}
RETURN DISTINCT x.id AS id
