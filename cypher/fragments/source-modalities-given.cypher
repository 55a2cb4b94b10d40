// Fragment: the per-source modalities of the fact {{node}} (a relationship, or an Agreement/Event node) once the
// row's source has given its own (src/domain/source-modality.ts): "<source id>:<MODALITY>" entries in the order the
// sources first stated the fact, the row's source's entry replaced in place, so a reload with a corrected modality
// replaces that source's word and never adds a second. A fact stored before the list existed counts its stored
// modality once per source. A row without a modality (an entity that is not a fact) keeps the list as it is.
// Spliced as {{source-modalities-given: r}}; reads row.source and row.modality. No params.
CASE WHEN row.modality IS NULL THEN {{node}}.sourceModalities
ELSE [held IN [coalesce({{node}}.sourceModalities, [s IN coalesce({{node}}.sources, []) | s + ':' + coalesce({{node}}.modality, 'ACTUAL')])] |
      CASE WHEN any(m IN held WHERE split(m, ':')[0] = row.source)
           THEN [m IN held | CASE WHEN split(m, ':')[0] = row.source THEN row.source + ':' + row.modality ELSE m END]
           ELSE held + (row.source + ':' + row.modality) END][0]
END
