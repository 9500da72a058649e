// The next deadlines: what falls due from $as_of to $until (both included), as `samverkan deadlines --from
// $as_of --to $until` lists them: expiry, last day for consultation on extension, revision, situation picture,
// follow-up, reports, citizen promises, measures. Each with who it concerns, how the date was computed and the
// clause it comes from. The push derives them from the agreements' own terms (the `Deadline` nodes, with a
// native `date`), up to one revision interval past the last date the data set names.
//
// Parameters: $dataset (the name given to push), $as_of and $until (dates: date('2024-01-01')).
MATCH (d:Deadline {dataset: $dataset})
WHERE $as_of <= d.date AND d.date <= $until
OPTIONAL MATCH (d)-[:DEADLINE_OF]->(a:Agreement)
RETURN d.date AS date, d.kind AS kind, d.party AS party, d.what AS what, d.how AS how,
       d.citation AS citation, a.title AS agreement, d.subject AS subject
ORDER BY d.seq
