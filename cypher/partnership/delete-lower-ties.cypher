// Removes the stored partnership ties whose lower end (the start of PARTNERS_WITH) is one of $ids: the ties a
// refresh of every tie rewrites for this batch (joint-facts.cypher with $lowerOnly reads exactly those pairs).
// Params:  $ids: [String] entity ids
// Returns: 1 row { deleted: Integer }
UNWIND $ids AS id
MATCH (:Entity {id: id})-[t:PARTNERS_WITH]->()
DELETE t
RETURN count(*) AS deleted
