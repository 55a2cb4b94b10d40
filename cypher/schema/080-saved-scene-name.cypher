// A saved scene is known by its name: saving under a name replaces that scene. Params: none. Returns: nothing.
CREATE CONSTRAINT saved_scene_name IF NOT EXISTS FOR (s:SavedScene) REQUIRE s.name IS UNIQUE
