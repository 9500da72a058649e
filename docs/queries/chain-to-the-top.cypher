// Groups whose reporting chain does not reach the central steering group, and where it stops (check's SAM020
// errors, cycles aside). Parameters: $dataset, $as_of (a date).
// An agreement is in scope when its text is on file, it has started and no agreement replaces or revises it by
// $as_of. Each reports up to the central steering group of the city-wide agreement that governs it: itself when
// it is city-wide; else its framework agreement (PART_OF), or the revision that carries that on; else the
// city-wide agreement in force at $as_of (started, not replaced or revised, not past valid_to; extensions
// recorded as statements are not counted here). That steering group is the first (by id) in the governing
// text or, when it has none, in the text it revises.
MATCH (c:Agreement {dataset: $dataset, level: 'central'})
WHERE (c.valid_from IS NULL OR c.valid_from <= $as_of)
  AND (c.valid_to IS NULL OR coalesce(c.until_further_notice, false) OR $as_of <= c.valid_to)
  AND NOT EXISTS { MATCH (newer:Agreement)-[:REPLACES|REVISES]->(c)
                   WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of }
WITH c ORDER BY coalesce(c.valid_from, date('0001-01-01')) DESC, c.id DESC
WITH collect(c)[0] AS in_force
MATCH (a:Agreement {dataset: $dataset})
WHERE coalesce(a.on_file, true) AND (a.valid_from IS NULL OR a.valid_from <= $as_of)
  AND NOT EXISTS { MATCH (newer:Agreement)-[:REPLACES|REVISES]->(a)
                   WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of }
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Agreement)
OPTIONAL MATCH (parent)<-[change:REPLACES|REVISES]-(newer:Agreement)
WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of
WITH a, in_force, parent, newer, change ORDER BY coalesce(newer.valid_from, date('0001-01-01')), newer.id
WITH a, in_force, parent, collect([newer, type(change)])[0] AS first
WITH a, CASE
  WHEN a.level = 'central' THEN a
  WHEN parent IS NOT NULL AND (first IS NULL OR first[0] IS NULL) THEN parent
  WHEN parent IS NOT NULL AND first[1] = 'REVISES' THEN first[0]
  ELSE in_force END AS governing
OPTIONAL MATCH p = (governing)-[:REVISES*0..]->(text:Agreement)<-[:GROUP_OF]-(top:Group {kind: 'steering', level: 'central', template: false})
WITH a, top ORDER BY length(p), top.id
WITH a, collect(top)[0] AS top
WHERE top IS NOT NULL
MATCH (a)-[:REVISES*0..]->(:Agreement)<-[:GROUP_OF]-(g:Group {template: false})
WHERE NOT EXISTS { MATCH (g)-[:REPORTS_TO*0..]->(top) }
// where the walk up stops: a group or activity that reports to no group or activity
MATCH (g)-[:REPORTS_TO*0..]->(stop)
WHERE (stop:Group OR stop:Activity)
  AND NOT EXISTS { MATCH (stop)-[:REPORTS_TO]->(next) WHERE next:Group OR next:Activity }
RETURN stop.id AS stops_at, top.id AS should_reach, collect(DISTINCT g.id) AS groups
ORDER BY stops_at
