// Groups whose reporting chain does not reach the central steering group, and where it stops (check's SAM020
// errors, cycles aside). Parameters: $dataset, $as_of (a date).
// Each agreement reports up to the central steering group of the city-wide agreement that governs it: itself
// when it is city-wide, else its framework agreement (PART_OF) unless that was replaced by $as_of, else the
// city-wide agreement in force at $as_of.
MATCH (c:Agreement {dataset: $dataset, level: 'central'})
WHERE (c.valid_from IS NULL OR c.valid_from <= $as_of) AND (c.valid_to IS NULL OR $as_of <= c.valid_to)
WITH c ORDER BY coalesce(c.valid_from, date('0001-01-01')) DESC, c.id DESC
WITH collect(c)[0] AS in_force
MATCH (a:Agreement {dataset: $dataset})
WHERE (a.valid_from IS NULL OR a.valid_from <= $as_of)
  AND NOT EXISTS { MATCH (newer:Agreement)-[:REPLACES]->(a) WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of }
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Agreement)
WHERE NOT EXISTS { MATCH (newer:Agreement)-[:REPLACES]->(parent)
                   WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of }
WITH a, CASE WHEN a.level = 'central' THEN a ELSE coalesce(parent, in_force) END AS governing
OPTIONAL MATCH (top:Group {kind: 'steering', level: 'central'})-[:GROUP_OF]->(governing)
WITH a, top ORDER BY top.template, top.id
WITH a, collect(top)[0] AS top
WHERE top IS NOT NULL
MATCH (g:Group {template: false})-[:GROUP_OF]->(a)
WHERE NOT EXISTS { MATCH (g)-[:REPORTS_TO*0..]->(top) }
// where the walk up stops: a group or activity that reports to no group or activity
MATCH (g)-[:REPORTS_TO*0..]->(stop)
WHERE (stop:Group OR stop:Activity)
  AND NOT EXISTS { MATCH (stop)-[:REPORTS_TO]->(next) WHERE next:Group OR next:Activity }
RETURN stop.id AS stops_at, top.id AS should_reach, collect(DISTINCT g.id) AS groups
ORDER BY stops_at
