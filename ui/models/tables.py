"""The contacts and companies tables, paged from the services' list/count queries."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crm.db import Database
from crm.services.companies import CompanyRow, count_companies, list_companies
from crm.services.contacts import ContactFilter, ContactRow, count_contacts, list_contacts
from ui.format import format_phone, person_name
from ui.i18n import translate
from ui.models.paged import Column, PagedTableModel


def _name(row: ContactRow) -> str:
    # A person kept without a name reads "(no name) ann@x.com" (as crm's display_name says
    # it, translated): found by a search, and sorted first, to be completed.
    return person_name(row.first_name, row.last_name, row.email, row.phone)


class ContactTableModel(PagedTableModel[ContactRow]):
    """Contacts narrowed by a ``ContactFilter`` (the same filter an export can use)."""

    def __init__(self, db: Database, parent: Any = None):
        columns = [
            Column(translate("Tables", "Name"), _name, "last_name", 140),
            Column(translate("Tables", "Company"), lambda r: r.company or "", "company", 150),
            Column(translate("Tables", "Job title"), lambda r: r.job_title or "", "job_title", 212),
            Column(translate("Tables", "Email"), lambda r: r.email or "", "email", 262),
            Column(translate("Tables", "Phone"), lambda r: format_phone(r.phone), "phone", 124),
        ]
        super().__init__(columns, sort="last_name", parent=parent)
        self.db = db
        self.filter = ContactFilter()

    def set_filter(self, flt: ContactFilter) -> None:
        self.filter = flt
        self.reload()

    def fetch(self, offset: int, limit: int) -> list[ContactRow]:
        return self.db.read(list_contacts, replace(self.filter), sort=self.sort_key,
                            descending=self.descending, offset=offset, limit=limit)

    def count(self) -> int:
        return self.db.read(count_contacts, replace(self.filter))


class CompanyTableModel(PagedTableModel[CompanyRow]):
    """Companies with their number of people."""

    def __init__(self, db: Database, parent: Any = None):
        columns = [
            Column(translate("Tables", "Name"), lambda r: r.name, "name", 280),
            Column(translate("Tables", "Kind"), lambda r: r.kind or "", "kind", 130),
            Column(translate("Tables", "City"), lambda r: r.city or "", "city", 140),
            Column(translate("Tables", "Country"), lambda r: r.country or "", "country", 80),
            Column(translate("Tables", "People"), lambda r: str(r.contact_count), None, 70),
        ]
        super().__init__(columns, sort="name", parent=parent)
        self.db = db
        self.search = ""

    def fetch(self, offset: int, limit: int) -> list[CompanyRow]:
        return self.db.read(list_companies, search=self.search, sort=self.sort_key,
                            descending=self.descending, offset=offset, limit=limit)

    def count(self) -> int:
        return self.db.read(count_companies, search=self.search)
