"""What an import tells the user: each problem with its row and field, and the totals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """Something about one row of the file: its row number, the field, and why."""

    row: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.reason}"


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
        verb = "would be" if self.dry_run else "were"
        made_by = f", {self.dialect}" if self.dialect not in ("generic", self.format) else ""
        lines = [f"{self.path.name} ({self.format}{made_by}): "
                 f"{self.created} created, {self.updated} updated, {self.skipped} skipped"
                 + (" (dry run: nothing written)" if self.dry_run else "")]
        if self.nameless:
            lines.append(f"{self.nameless} contact(s) without a name {verb} kept, listed as "
                         "\"(no name)\" for you to complete (Contacts: \"Without a name\"; "
                         "list contacts --no-name)")
        if self.unchecked_phones:
            lines.append(f"{self.unchecked_phones} phone number(s) valid in no region tried "
                         f"{verb} kept as written, marked \"not checked\"")
        if self.unmapped:
            lines.append(f"columns not imported as fields (kept in notes): "
                         f"{', '.join(self.unmapped)}")
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s) {verb} found:")
            lines.extend(f"  {p}" for p in self.problems)
        return "\n".join(lines)
