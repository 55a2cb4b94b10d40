// Fragment: whether the relationship {{relationship}} states a fact of the asked modalities (absent reads as
// ACTUAL). Spliced as {{relationship-modality-in-scope: r}}. Params: $modalities: [String]
coalesce({{relationship}}.modality, 'ACTUAL') IN $modalities
