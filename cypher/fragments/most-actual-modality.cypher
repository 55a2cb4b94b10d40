// Fragment: the modality a fact takes from its sources' own, the list {{node}} of "<source id>:<MODALITY>" entries:
// the first of $modalityRank (ACTUAL, PLANNED, ASPIRATION: the most actual wins) that some source gives; null for
// an empty or absent list. Spliced as {{most-actual-modality: given}}. Params: $modalityRank: [String]
[m IN $modalityRank WHERE any(x IN coalesce({{node}}, []) WHERE x ENDS WITH ':' + m)][0]
