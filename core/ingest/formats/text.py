"""Plain text (.txt, .md) in any encoding an Arabic newsroom produces.

Order of trust: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), then strict UTF-8 (most files),
then UTF-8 that was cut short or has a few damaged bytes (kept, with a warning), then a detector
(charset-normalizer) for legacy code pages such as Windows-1256 and ISO-8859-6. The decoded text
is kept exactly: only the byte-order mark is dropped.
"""

from __future__ import annotations

import codecs
import re

from core.ingest.formats import Extracted, FormatError, Severity

_BOMS = (  # UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_GOOD_PER_BAD = 10
"""Text with this many valid non-ASCII UTF-8 characters per undecodable byte is read as damaged UTF-8."""
_MAX_CHAOS = 0.25
"""charset-normalizer's mess ratio above which the guessed text is called unreliable."""


def display_name(codec: str) -> str:
    """A codec name as people know it: "cp1256" → "windows-1256", "iso8859_6" → "iso-8859-6"."""
    name = codecs.lookup(codec).name  # canonical python name
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    return name.replace("_", "-")


def _with_bom(data: bytes) -> tuple[str, str, list[tuple[Severity, str]]] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            name = "utf-8-sig" if codec == "utf-8-sig" else codec
            try:
                return body.decode(codec.replace("-sig", "")), name, []
            except UnicodeDecodeError as exc:
                text = body.decode(codec.replace("-sig", ""), errors="replace")
                return (
                    text,
                    name,
                    [
                        (
                            "warning",
                            f"is damaged {name} text (byte {exc.start + len(bom)}); unreadable bytes are shown as �",
                        )
                    ],
                )
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec when NUL bytes sit only at every other position, as in UTF-16 text without a mark
    (Arabic UTF-16 has few NULs: only its spaces and Latin characters have a zero byte)."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even == 0 and odd > 0.05 * len(sample) / 2:
        return "utf-16-le"
    if odd == 0 and even > 0.05 * len(sample) / 2:
        return "utf-16-be"
    return None


def _damaged_utf8(data: bytes, exc: UnicodeDecodeError) -> tuple[str, list[tuple[Severity, str]]] | None:
    """UTF-8 cut short at the end, or with a few bad bytes among many good ones; None otherwise."""
    if exc.end == len(data) and exc.reason == "unexpected end of data":
        try:
            text = data[: exc.start].decode("utf-8")
        except UnicodeDecodeError:
            return None
        return text, [
            (
                "warning",
                f"ends in the middle of a character (cut short?): the last "
                f"{len(data) - exc.start} byte(s) were dropped",
            )
        ]
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = sum(1 for ch in text if ord(ch) >= 0x80) - bad
    if good >= _GOOD_PER_BAD * bad:  # legacy code pages almost never form valid UTF-8 sequences
        return text, [
            (
                "warning",
                f"has {bad} damaged byte(s) that are not UTF-8 (first at byte {exc.start}); they are shown as �",
            )
        ]
    return None


def decode(data: bytes) -> tuple[str, str, list[tuple[Severity, str]]]:
    """(text, encoding shown to the user, notes). Raises FormatError when the bytes are not text."""
    text, encoding, notes = _decode(data)
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise FormatError("looks like a binary file, not text (control characters)")
    return text, encoding, notes


def _decode(data: bytes) -> tuple[str, str, list[tuple[Severity, str]]]:
    found = _with_bom(data)
    if found is not None:
        return found
    if b"\x00" in data[:4096]:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise FormatError("looks like a binary file, not text")
        try:
            return data.decode(codec), codec, [("warning", f"read as {codec} text, which has no byte-order mark")]
        except UnicodeDecodeError as exc:
            raise FormatError("looks like a binary file, not text") from exc
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        damaged = _damaged_utf8(data, exc)
        if damaged is not None:
            return damaged[0], "utf-8", damaged[1]
    return _detected(data)


def _detected(data: bytes) -> tuple[str, str, list[tuple[Severity, str]]]:
    """A legacy code page found by charset-normalizer (imported late: it is only needed here)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise FormatError("is not text in any known encoding (a binary file?)")
    text = str(best)
    name = display_name(best.encoding)
    notes: list[tuple[Severity, str]] = []
    if best.chaos > _MAX_CHAOS:
        notes.append(("warning", f"the encoding was guessed as {name} and the text may be garbled"))
    return text, name, notes


def read_text(data: bytes) -> Extracted:
    """A .txt or .md article: the decoded text as it is."""
    text, encoding, notes = decode(data)
    return Extracted(text=text, encoding=encoding, notes=notes)
