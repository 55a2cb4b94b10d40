MATCH (n:GdsSmoke {tag: $tag}) DETACH DELETE n
