"""Extension point: extra rows in quick capture and the contact editor.

A hook is ``hook(form: ContactForm) -> None``, registered once (e.g. from a feature's
``install``) with ``register_contact_form_hook``. It is called for every quick-capture and
contact-editor dialog when the dialog is built. The form offers:

- ``form.db``                     the Database
- ``form.contact_id``             the contact being edited (None for a new person)
- ``form.identity()``             what is typed so far: first_name, last_name, email, phone,
                                  company (strings)
- ``form.identity_changed``       a signal, emitted a moment after the user stops typing in
                                  one of those fields
- ``form.add_row(widget)``        a full-width row under the name fields, e.g. a
                                  "Looks like Léa Martin (Acme) — open" warning (hide it when
                                  there is nothing to say)

The hook never blocks the save; it informs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from crm.db import Database


class ContactForm(Protocol):
    db: Database
    contact_id: uuid.UUID | None
    identity_changed: SignalInstance

    def identity(self) -> dict[str, str]: ...

    def add_row(self, widget: QWidget) -> None: ...


ContactFormHook = Callable[[ContactForm], None]
CONTACT_FORM_HOOKS: list[ContactFormHook] = []


def register_contact_form_hook(hook: ContactFormHook) -> None:
    """Call ``hook(form)`` for every quick-capture and contact-editor dialog built from now on."""
    if hook not in CONTACT_FORM_HOOKS:
        CONTACT_FORM_HOOKS.append(hook)


def run_contact_form_hooks(form: ContactForm) -> None:
    for hook in CONTACT_FORM_HOOKS:
        hook(form)
