"""Extraction: from an agreement document (.txt, .md, .pdf) to a reviewable draft data set.

`read_document` reads and normalises the text, `recognise` runs the recognisers (one small module each)
into a `Record` of items with fields, each tied to its lines; `build_draft` turns a record into a draft
`DataSet`, resolving names against a register; `render_report` writes `extraction.md`.
"""
