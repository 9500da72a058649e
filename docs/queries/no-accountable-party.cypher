// Groups and activities with no accountable party (check's SAM010 errors).
// Parameters: $dataset (the name given to `neo4j push`), $as_of (a date, e.g. date('2024-01-01')),
// $exempt_kinds (group kinds the profile leaves out: ['coordinators'] in stockholm-2019 and stockholm-2023).
// Counted as accountable: an ACCOUNTABLE_FOR relationship or a chair (CHAIRS, alternating or not).
// Left out, as check does: template groups, agreements not on file, not started or replaced or revised by $as_of, and groups with
// neither members nor responsibilities (SAM090 reports those).
MATCH (a:Agreement {dataset: $dataset})
WHERE coalesce(a.on_file, true) AND (a.valid_from IS NULL OR a.valid_from <= $as_of)
  AND NOT EXISTS { MATCH (newer:Agreement)-[:REPLACES|REVISES]->(a)
                   WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of }
// a revision carries over the groups of the text it revises
MATCH (a)-[:REVISES*0..]->(:Agreement)<-[:GROUP_OF|ACTIVITY_OF]-(item)
WHERE (item:Activity OR (item.template = false AND NOT item.kind IN $exempt_kinds))
  AND (EXISTS { MATCH ()-[:MEMBER_OF]->(item) }
       OR EXISTS { MATCH ()-[:ACCOUNTABLE_FOR|RESPONSIBLE_FOR|CONSULTED_ON|INFORMED_OF]->(item) })
  AND NOT EXISTS { MATCH ()-[:ACCOUNTABLE_FOR]->(item) }
  AND NOT EXISTS { MATCH ()-[:CHAIRS]->(item) }
OPTIONAL MATCH (member)-[:MEMBER_OF]->(item)
RETURN DISTINCT item.id AS id, item.name AS name, a.id AS agreement, count(DISTINCT member) AS members
ORDER BY id
