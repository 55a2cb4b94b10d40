// Every entity node carries the :Entity label besides its kind; ids are stable ascii and unique.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
