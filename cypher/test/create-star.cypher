CREATE (h:GdsSmoke {name: 'hub', tag: $tag})
WITH h
UNWIND $leaves AS leaf
CREATE (h)-[:LINK]->(:GdsSmoke {name: leaf, tag: $tag})
