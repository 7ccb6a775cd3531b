"""Files in and out: CSV (pandas), XLSX (openpyxl), vCard (vobject), iCalendar (icalendar).

Readers turn a file into ``ContactRecord``s (raw strings, nothing validated yet); writers take
plain rows. The heavy libraries are imported inside the functions that use them, so the app
starts without loading pandas, openpyxl, vobject or icalendar.
"""
