"""The companies page: the paged table, and a detail pane listing the company's people."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from crm.models import Company
from crm.services.companies import get_company
from ui.format import contact_name, country_name, esc
from ui.models.tables import CompanyTableModel
from ui.views.table_page import TablePage, trash_with_undo

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CompaniesPage(TablePage):
    kinds = ("companies", "contacts", "tags")

    def __init__(self, window: MainWindow):
        self.companies = CompanyTableModel(window.db)
        super().__init__(window, self.companies)
        self.table.setAccessibleName(self.tr("Companies"))

    def set_search(self, text: str) -> None:
        self.companies.search = text
        self.refresh()

    def searching(self) -> bool:
        return bool(self.companies.search.strip())

    def search_placeholder(self) -> str:
        return self.tr("Search companies: name, kind, city (Ctrl+F)")

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No companies match “{query}”.").format(
                query=self.companies.search.strip())
        return self.tr("No companies yet — they are created as you log people "
                       "(Ctrl+N) or with Edit ▸ New…")

    def count_text(self, total: int) -> str:
        return self.tr("%n company(ies)", "", total)

    def show_company(self, company_id: uuid.UUID) -> None:
        if self._stale:
            self.refresh()
        self.select_id(company_id)

    def detail_html(self, row_id: uuid.UUID) -> str:
        company: Company = self.db.read(get_company, row_id)
        parts = [f"<h2>{esc(company.name)}</h2>",
                 "<p><a href='action:edit'>" + self.tr("Edit") + "</a></p>"]
        facts = [esc(x) for x in (company.kind, ", ".join(
            v for v in (company.city, country_name(company.country)) if v)) if x]
        if company.website:
            url = company.website if "://" in company.website else f"https://{company.website}"
            facts.append(f"<a href='{esc(url)}'>{esc(company.website)}</a>")
        if company.tags:
            names = ", ".join(t.name for t in company.tags)
            facts.append(self.tr("Tags: {tags}").format(tags=esc(names)))
        if facts:
            parts.append("<p>" + "<br>".join(facts) + "</p>")
        if company.notes:
            parts.append(f"<p><i>{esc(company.notes)}</i></p>")
        people = sorted((c for c in company.contacts if c.deleted_at is None),
                        key=lambda c: (c.last_name.lower(), c.first_name.lower()))
        parts.append("<h3>" + self.tr("People") + "</h3>")
        if people:
            items = []
            for person in people:
                line = f"<a href='contact:{person.id}'>{esc(contact_name(person))}</a>"
                if person.job_title:
                    line += f" — {esc(person.job_title)}"
                items.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + self.tr("Nobody from this company yet.") + "</p>")
        return "".join(parts)

    def edit_selected(self) -> None:
        """Open the selected company in the editor (Enter, double-click)."""
        if self.current_id is not None:
            from ui.dialogs.editors import CompanyEditor

            CompanyEditor(self.db, self, self.current_id).exec()

    def new_item(self) -> None:
        from ui.dialogs.editors import CompanyEditor

        editor = CompanyEditor(self.db, self)
        if editor.exec():
            self.window_.show_company(editor.saved_id)  # type: ignore[arg-type]

    def detail_action(self, scheme: str, target: str) -> None:
        if target == "edit":
            self.edit_selected()

    def delete_selected(self) -> None:
        """Move the selected company to the trash (its people stay), after asking."""
        company_id = self.current_id
        if company_id is None:
            return
        row = self.companies.row_at(self.companies.row_of(company_id))
        name = row.name if row else self.tr("this company")

        def forget() -> None:
            if self.current_id == company_id:
                self.current_id = None
                self.show_detail(None)

        trash_with_undo(self, self.window_, Company, company_id, name, self.tr("company"),
                        {"companies", "contacts"}, forget)
