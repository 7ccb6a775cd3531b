"""The stages of an import, one module each: read (crm.sources picks and reads the file) ->
map (columns to fields: ``mapping``) -> validate (``validate``) -> match with the database and
inside the file (``match``) -> write in bulk (``write``) -> and, later, ``revert``.
crm.services.imports runs them in that order; ``report`` holds what they tell the user."""
