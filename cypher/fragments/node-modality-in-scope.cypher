// Fragment: whether the node {{node}} is a fact of the asked modalities: an agreement or event by its own modality
// (absent reads as ACTUAL); any other entity is not a fact and always passes. Spliced as {{node-modality-in-scope: n}}.
// Params: $modalities: [String]
(NOT {{node}}.kind IN ['Event', 'Agreement'] OR coalesce({{node}}.modality, 'ACTUAL') IN $modalities)
