// Districts and their local steering groups: is utbildningsförvaltningen a regular member? (check's SAM030
// finding "lacks the education administration" or "only present as ..." when it is not.) Parameters: $dataset,
// $as_of (a date). A member stands for its organisation (an organisation itself, a role's POST_IN, the posts a
// person HOLDS) or for the one it sits on behalf of; regular: decision_maker, rapporteur or member, with no
// condition ('vid behov').
MATCH (a:Agreement {dataset: $dataset, level: 'local'})
WHERE coalesce(a.on_file, true) AND (a.valid_from IS NULL OR a.valid_from <= $as_of)
  AND NOT EXISTS { MATCH (newer:Agreement)-[:REPLACES|REVISES]->(a)
                   WHERE newer.valid_from IS NULL OR newer.valid_from <= $as_of }
MATCH (a)-[:REVISES*0..]->(:Agreement)<-[:GROUP_OF]-(g:Group {kind: 'steering', level: 'local', template: false})
WHERE EXISTS { MATCH ()-[:MEMBER_OF]->(g) }
OPTIONAL MATCH (district:Organisation {kind: 'district_administration'})-[:PARTY_TO]->(a)
OPTIONAL MATCH (member)-[m:MEMBER_OF]->(g)
WHERE m.on_behalf_of = 'utbildningsforvaltningen'
   OR member.id = 'utbildningsforvaltningen'
   OR EXISTS { MATCH (member)-[:POST_IN]->(:Organisation {id: 'utbildningsforvaltningen'}) }
   OR EXISTS { MATCH (member)-[:HOLDS]->(:Role)-[:POST_IN]->(:Organisation {id: 'utbildningsforvaltningen'}) }
WITH district, g, a, collect(m) AS seats
RETURN district.name AS district, g.id AS steering_group, a.id AS agreement,
       any(s IN seats WHERE s.capacity IN ['decision_maker', 'rapporteur', 'member'] AND s.condition IS NULL)
         AS education_is_member,
       [s IN seats | coalesce(s.condition, s.capacity)] AS seats
ORDER BY steering_group, district
