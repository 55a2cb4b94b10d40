// The CJK analyzer indexes Chinese as bigrams, so a name finds its entity without word segmentation.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameHant, n.nameEn, n.aliasText, n.pinyinText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
