"""Services: one module per capability, plain functions over a SQLAlchemy Session.

The caller owns the unit of work (``with db.session(write=True) as s: ...``); a service
never commits. Errors a user can cause raise ``crm.errors.UserError``.
"""
