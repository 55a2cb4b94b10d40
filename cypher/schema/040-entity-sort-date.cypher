// Agreements and events are filtered and sorted by date; sortDate is the partial date padded to a day.
CREATE INDEX entity_sort_date IF NOT EXISTS FOR (n:Entity) ON (n.sortDate)
