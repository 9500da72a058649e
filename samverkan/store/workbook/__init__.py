"""The workbook round trip: a data set as an Excel workbook people can fill in and correct, and back.

`columns.py` declares the sheets and columns (the one table), `cells.py` one cell's value both ways, `labels.py`
and `index.py` references by name, `writer.py` export, `template.py` the blank form, `safety.py` the checks before
a file is opened, `sheets.py` the rows of the sheets, `reader.py` those rows back into a data set (import).
"""
