// Fragment: how many distinct entities a tie rule's relationship joins to the hub {{node}} (the crowd a shared
// agreement, platform, event, corridor or alliance gathers), spliced as {{hub-participants: h}}. No params.
size(COLLECT { MATCH ({{node}})<-[:PARTY_TO|FOUNDED|HOSTED|MEMBER_OF|CENTRAL_CITY_OF|ATTENDED|SPOKE_AT]-(m:Entity) RETURN DISTINCT m })
