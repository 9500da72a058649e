"""Every reader and writer of an outside format: YAML, text/PDF extraction, Neo4j, GraphML/JSON."""
