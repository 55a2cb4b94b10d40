// Removes the stored partnership ties of the entities whose ties are being recomputed.
// Params:  $ids: [String] entity ids
// Returns: 1 row { deleted: Integer }
UNWIND $ids AS id
MATCH (:Entity {id: id})-[t:PARTNERS_WITH]-()
WITH DISTINCT t
DELETE t
RETURN count(*) AS deleted
