"""Whatever the articles that come, go, change or move between two openings, the updated project is
the fresh analysis of the folder: as the update leaves it, as its snapshot gives it back, and as
its tables alone give it back (the time order as saved). Short sequences of such changes, drawn
at random but always the same (a seed each), over the seeds and dated reports of one toll."""

import random
import shutil
from pathlib import Path

import pytest

from core.pipeline import analyze_folder
from core.project import Project
from core.report.json_export import to_dict
from core.store import Store

TOLL = (
    "ارتفاع حصيلة ضحايا انهيار مبنى سكني في الحي الصناعي\n\n"
    "أعلن الدفاع المدني ارتفاع حصيلة ضحايا انهيار المبنى السكني في الحي الصناعي إلى {} قتيلا، "
    "فيما تواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض.\n"
    "وقال المتحدث إن {} مصابا نقلوا إلى المستشفيات القريبة.\n"
)
REPORTS = {
    "2015-07-25T0950_a.txt": TOLL.format(20, 14),
    "2015-07-25T1305_b.txt": TOLL.format(25, 14),
    "2015-07-25T1500_c.txt": TOLL.format(31, 16),
    "2015-07-24T0800_0.txt": "افتتح الوزير معرض الكتاب بمشاركة 450 دار نشر.\n",
}
ADDED = "\nوقال المتحدث إن {} شخصا أصيبوا في الحادث.\n"


def _as_compared(analysis):
    data = to_dict(analysis)
    data["folder"] = ""
    data["alignments"].sort(key=lambda al: (-al["score"], al["a"], al["b"]))
    return data


def _change(folder: Path, rng: random.Random, spare: dict[str, str]) -> None:
    """One change of the folder: an article added, removed, edited (a figure changed, or a sentence
    added after the others) or renamed so that it moves ahead of the others."""
    present = sorted(p for p in folder.glob("*.txt"))
    kind = rng.choice(["add", "remove", "edit", "append", "rename"])
    if kind == "add" and spare:
        name = rng.choice(sorted(spare))
        (folder / name).write_text(spare.pop(name), encoding="utf-8")
    elif kind == "remove" and len(present) > 3:
        gone = rng.choice(present)
        spare[gone.name] = gone.read_text(encoding="utf-8")
        gone.unlink()
    elif kind == "rename":
        moved = rng.choice(present)
        moved.rename(folder / f"000_{moved.name}")
    else:
        edited = rng.choice(present)
        text = edited.read_text(encoding="utf-8")
        if kind == "edit" and any(ch.isdigit() for ch in text):
            i = next(i for i, ch in enumerate(text) if ch.isdigit() and ch.isascii())
            text = text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
        else:
            text = text.rstrip("\n") + ADDED.format(rng.randint(2, 90))
        edited.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("seed", range(4))
def test_an_update_after_any_changes_is_the_fresh_analysis(folder, seed):
    rng = random.Random(seed)
    spare = dict(REPORTS)
    for name in sorted(spare)[:2]:
        (folder / name).write_text(spare.pop(name), encoding="utf-8")
    Project.open(folder).close()
    for _ in range(5):
        for _ in range(rng.randint(1, 3)):
            _change(folder, rng, spare)
        with Project.open(folder) as project:
            updated = _as_compared(project.analysis)
        fresh = _as_compared(analyze_folder(folder))
        assert updated == fresh
        with Project.open(folder) as project:
            assert _as_compared(project.analysis) == fresh
        copy = folder.parent / "tables.sqlite"
        for suffix in ("", "-wal"):  # the file as the last opening left it
            if (folder / f"muqabala.sqlite{suffix}").exists():
                shutil.copy(folder / f"muqabala.sqlite{suffix}", f"{copy}{suffix}")
        with Store.open(copy) as store:
            store.db.execute("DELETE FROM snapshot")
            assert _as_compared(store.load(folder, reorder=False)) == fresh
        for made in folder.parent.glob("tables.sqlite*"):
            made.unlink()
