"""Table models over service queries, paged from the database (never every row at once)."""
