"""Linux: smaller stand-ins for two kinds of bundled libraries, made at build time by the spec.

- ICU's data (``libicudata.so.NN``, 32 MB, linked by QtCore): Qt calls ICU only for
  collation (QCollator, sorting), case mapping, text codecs and time-zone names
  (``nm -D --undefined-only libQt6Core.so.6``: ucol_*, u_strTo{Lower,Upper}, ucnv_*, ucal_*).
  The data library is rebuilt holding what those need: the data of every kind Qt's calls
  read, for the root locale and the app's languages, and the converters of single-byte
  codecs. Locales left out fall back to the root (ICU's own fallback), so a German system
  sorts by the root collation, which is German's anyway.
- Qt libraries that a kept plugin links but never enters in this app: QtMultimedia's FFmpeg
  backend (the camera) links Qt Quick and QML for capturing a Qt Quick *window*
  (``QQuickWindow::grabWindow``), which a widgets app has none of. In their place goes a
  library of the same name that defines exactly the symbols the bundle's binaries import
  from the real one (computed here, so a new Qt that needs more fails the build, not a
  laptop): data symbols as zeroes of their size (the plugin only compares
  ``QQuickWindow::staticMetaObject``'s address in a ``qobject_cast``, which is then never
  true), functions that abort naming themselves if ever called.

Both need a C compiler (``cc``, from the build machine's gcc) and binutils' readelf.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

# ICU data trees that none of ucol/ucase/ucnv/ucal reads: break iteration, transliteration,
# spelled-out numbers, units and currencies (their formatting is Qt's own, from CLDR).
ICU_UNUSED_TREES = ("brkitr", "translit", "rbnf", "unit", "curr")
# Character names (u_charName): not called either.
ICU_UNUSED_ITEMS = ("unames.icu",)
LOCALE_NAME = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*$")  # fr, fr_BE, de__PHONEBOOK
# ICU's own non-locale names that look like one ("res_index" lists the locales).
ICU_NOT_LOCALES = {"res_index", "root", "pool"}


def icu_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """An ICU common data package (``icudtNNl.dat``): its header and (name, bytes) items,
    in the table of contents' order (sorted by name, as ICU's binary search wants)."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset:header_size + end]))
    return data[:header_size], items


def icu_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items`` (each kept with its padding: items stay 16-byte aligned)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    first = (table + len(names) + 15) // 16 * 16
    entries, offset, name_offset = [], first, table
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        offset += (len(item) + 15) // 16 * 16
    body = b"".join(item + b"\0" * (-len(item) % 16) for _, item in items)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (first - len(toc)) + body


def keep_icu_item(name: str, languages: tuple[str, ...]) -> bool:
    """Whether an item (e.g. ``icudt73l/coll/fr.res``) is one the app's Qt calls can read."""
    parts = name.split("/")[1:]  # without the package's own folder (icudt73l)
    if parts[0] in ICU_UNUSED_TREES or parts[-1] in ICU_UNUSED_ITEMS:
        return False
    stem, _, suffix = parts[-1].rpartition(".")
    match = LOCALE_NAME.match(stem)
    if suffix != "res" or match is None or stem in ICU_NOT_LOCALES:
        return True
    return match.group(1) in languages


def shrink_icu_data(data: bytes, languages: tuple[str, ...]) -> bytes:
    header, items = icu_items(data)
    kept = [(name, item) for name, item in items if keep_icu_item(name, languages)
            and not (name.endswith(".cnv") and not single_byte_converter(item))]
    return icu_package(header, kept)


def single_byte_converter(item: bytes) -> bool:
    """Whether a converter table (.cnv) is a single-byte codec's (windows-1252, ISO 8859-x,
    KOI8 ...): the multi-byte ones (CJK, EBCDIC DBCS: 5 MB) go. UConverterStaticData follows
    the item's header: structSize, name[60], codepage, platform, conversionType,
    minBytesPerChar, maxBytesPerChar."""
    header_size = struct.unpack_from("<H", item, 0)[0]
    return item[header_size + 4 + 60 + 4 + 3] == 1


def compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


def tools_missing() -> list[str]:
    """What this module needs and the build machine lacks (the C compiler, binutils)."""
    return [name for name, found in (("cc (gcc)", compiler()), ("readelf", shutil.which(
        "readelf")), ("objcopy", shutil.which("objcopy"))) if found is None]


def _link(source: str, soname: str, target: Path, version_script: str | None = None) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    c_file = target.with_suffix(target.suffix + ".c")
    c_file.write_text(source, encoding="utf-8")
    command = [compiler() or "cc", "-shared", "-fPIC", "-O2", "-s", "-o", str(target),
               f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack", str(c_file)]
    if version_script is not None:
        script = target.with_suffix(target.suffix + ".map")
        script.write_text(version_script, encoding="utf-8")
        command.append(f"-Wl,--version-script={script}")
    subprocess.run(command, check=True)
    return target


def icu_data_library(real: Path, target: Path, languages: tuple[str, ...]) -> Path:
    """``real`` (libicudata.so.NN) rebuilt with the shrunk package, same soname and symbol."""
    symbols = _dynamic_symbols(real)
    (symbol,) = [s for s in symbols if re.fullmatch(r"icudt\d+_dat", s)]
    section = target.with_suffix(".rodata")
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(real),
                    str(section)], check=True)
    package = target.with_suffix(".dat")
    package.write_bytes(shrink_icu_data(section.read_bytes(), languages))
    source = (f'__asm__(".section .rodata\\n.balign 16\\n.globl {symbol}\\n'
              f'.type {symbol}, @object\\n{symbol}:\\n.incbin \\"{package}\\"\\n'
              f'.size {symbol}, .-{symbol}\\n.previous");\n')
    return _link(source, real.name, target)


def _dynamic_symbols(library: Path) -> dict[str, tuple[str, int, str]]:
    """The symbols ``library`` defines: name -> (FUNC/OBJECT, size, version)."""
    shown = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], check=True,
                           capture_output=True, text=True).stdout
    symbols = {}
    for line in shown.splitlines():
        fields = line.split()
        if len(fields) < 8 or fields[6] == "UND" or fields[3] not in ("FUNC", "OBJECT"):
            continue
        name, _, version = fields[7].partition("@")
        symbols[name] = (fields[3], int(fields[2], 0), version.lstrip("@"))
    return symbols


def imported_symbols(binary: Path) -> set[str]:
    shown = subprocess.run(["readelf", "--dyn-syms", "-W", str(binary)], check=True,
                           capture_output=True, text=True).stdout
    return {fields[7].partition("@")[0] for fields in map(str.split, shown.splitlines())
            if len(fields) >= 8 and fields[6] == "UND"}


def stub_library(real: Path, consumers: list[Path], target: Path) -> tuple[Path, list[str]]:
    """A stand-in for ``real`` defining what ``consumers`` import from it; also returns the
    symbols it defines."""
    defined = _dynamic_symbols(real)
    wanted = sorted(set().union(*(imported_symbols(c) for c in consumers)) & defined.keys())
    lines = ["#include <stdio.h>", "#include <stdlib.h>",
             "static void missing(const char *name) {",
             f'    fprintf(stderr, "Mission CRM: %s of {real.name} was called; this bundle '
             f'carries a stand-in for it (packaging/shrink.py)\\n", name);',
             "    abort();", "}"]
    versions: dict[str, list[str]] = {}
    for index, name in enumerate(wanted):
        kind, size, version = defined[name]
        versions.setdefault(version or "Qt_6", []).append(name)
        if kind == "OBJECT":
            lines.append(f'__attribute__((used, aligned(16))) const unsigned char object_{index}'
                         f'[{max(size, 1)}] __asm__("{name}") = {{0}};')
        else:
            lines.append(f'__attribute__((used)) void function_{index}(void) __asm__("{name}");')
            lines.append(f'void function_{index}(void) {{ missing("{name}"); }}')
    # The version nodes the consumers ask for (Qt_6); everything else stays local.
    nodes = [f"{version} {{ global: {' '.join(n + ';' for n in names)} }};"
             for version, names in versions.items()] or ["Qt_6 { };"]
    script = "\n".join(nodes).replace("};", "local: *; };", 1) + "\n"
    return _link("\n".join(lines) + "\n", real.name, target, script), wanted


def direct_needs(binary: Path) -> list[str]:
    """The sonames ``binary`` names as NEEDED (not ldd's whole closure)."""
    shown = subprocess.run(["readelf", "-d", "-W", str(binary)], capture_output=True,
                           text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", shown)


def linked_from(roots: list[Path], by_name: dict[str, Path]) -> set[str]:
    """Names of the bundled libraries (``by_name``: name -> file) that ``roots`` load,
    directly or through one another."""
    seen: set[str] = set()
    todo = [need for root in roots for need in direct_needs(root)]
    while todo:
        name = todo.pop()
        if name in seen or name not in by_name:
            continue
        seen.add(name)
        todo.extend(direct_needs(by_name[name]))
    return seen


def _versions(binary: Path) -> tuple[dict[str, set[str]], set[str]]:
    """``binary``'s symbol versions: those it needs, per library file, and those it defines."""
    shown = subprocess.run(["readelf", "-V", "-W", str(binary)], capture_output=True,
                           text=True).stdout
    needs: dict[str, set[str]] = {}
    defines: set[str] = set()
    section, current = "", None
    for line in shown.splitlines():
        if "Version definition section" in line or "Version needs section" in line:
            section = "def" if "definition" in line else "need"
        elif section == "need" and "File:" in line:
            current = line.split("File:")[1].split()[0]
        elif section == "need" and "Name:" in line and current:
            needs.setdefault(current, set()).add(line.split("Name:")[1].split()[0])
        elif section == "def" and "Name:" in line and "Flags: BASE" not in line:
            defines.add(line.split("Name:")[1].split()[0])
    return needs, defines


def can_stand_for(library: Path, soname: str, consumers: list[Path]) -> bool:
    """Whether ``library`` defines every symbol version that ``consumers`` need from
    ``soname`` (e.g. psycopg's OpenSSL 3.5 for what Python's _ssl asks of libssl.so.3)."""
    defined = _versions(library)[1]
    return all(_versions(c)[0].get(soname, set()) <= defined for c in consumers)
