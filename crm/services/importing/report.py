"""What an import tells the user: each problem with its row and field, and the totals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from crm.i18n import _, ngettext


@dataclass(frozen=True)
class Problem:
    """Something about one row of the file: its row number, the field, and why."""

    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return _("row {row}, {field}: {reason}").format(row=self.row, field=self.field,
                                                       reason=self.reason)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    path: Path
    format: str
    dialect: str = "generic"
    dry_run: bool = False
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    batch_id: uuid.UUID | None = None
    # New contacts without a name (an email or a phone alone), and phones kept unchecked.
    nameless: int = 0
    unchecked_phones: int = 0

    def summary(self) -> str:
        """A few lines for the terminal or a message box."""
        made_by = f", {self.dialect}" if self.dialect not in ("generic", self.format) else ""
        counts = ", ".join([
            ngettext("{count} created", "{count} created", self.created).format(
                count=self.created),
            ngettext("{count} updated", "{count} updated", self.updated).format(
                count=self.updated),
            ngettext("{count} skipped", "{count} skipped", self.skipped).format(
                count=self.skipped)])
        lines = [_("{file} ({format}): {counts}").format(
                     file=self.path.name, format=self.format + made_by, counts=counts)
                 + (_(" (dry run: nothing written)") if self.dry_run else "")]
        if self.nameless:
            kept = ngettext(
                "{count} contact without a name is kept, listed as \"(no name)\" for you to "
                "complete (Contacts: \"Without a name\"; list contacts --no-name)",
                "{count} contacts without a name are kept, listed as \"(no name)\" for you to "
                "complete (Contacts: \"Without a name\"; list contacts --no-name)",
                self.nameless)
            lines.append(kept.format(count=self.nameless))
        if self.unchecked_phones:
            kept = ngettext(
                "{count} phone number valid in no region tried is kept as written, marked "
                "\"not checked\"",
                "{count} phone numbers valid in no region tried are kept as written, marked "
                "\"not checked\"", self.unchecked_phones)
            lines.append(kept.format(count=self.unchecked_phones))
        if self.unmapped and self.format == "vcard":
            lines.append(_("vCard properties not imported as fields (kept in notes): "
                           "{properties}").format(properties=", ".join(self.unmapped)))
        elif self.unmapped:
            lines.append(_("columns not imported as fields (kept in notes): {columns}")
                         .format(columns=", ".join(self.unmapped)))
        if self.problems:
            count = len(self.problems)
            if self.dry_run:
                found = ngettext("{count} problem would be found:",
                                 "{count} problems would be found:", count)
            else:
                found = ngettext("{count} problem was found:", "{count} problems were found:",
                                 count)
            lines.append(found.format(count=count))
            lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)
