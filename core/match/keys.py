"""Which two number mentions of different articles may be one quantity, and which may disagree:
the frame keys (`core.model.Frame`: no wildcard, an unknown role matches only another unknown role),
loose keys that may join equal values but never raise a conflict, dates of one calendar and period,
and one amount told at another scale or rounded. Used by `core.match.facts` to link mentions."""

from __future__ import annotations

import re
from functools import lru_cache

from core.match.agreement import dates_comparable, twelve_hours_apart
from core.match.clause import YEAR, words_before
from core.match.frame import CHANGE_ROLES
from core.match.levels_before import BEFORE
from core.match.scope import ASIDE
from core.match.subject import HUMAN_CLASSES, MEASURE_KINDS
from core.mentions.numbers.lexicon import measure_units
from core.model import Frame, Mention
from core.text.arabic import normalize

LINKABLE_KINDS = frozenset({"count", "date", "time", "duration", "distance", "percent", "money"})

MEASURES = frozenset({"money", "percent"})
AGENTIVE = frozenset({"died", "injured", "destroyed", "captured", "struck"})
"""Roles whose agent tells events apart: who killed, who destroyed."""
MEASURED_ROLES = frozenset({"seized"})
"""The roles under which two weights, areas (kind other) or distances may disagree: a seizure's weight
is told by every report of it («ضبط 44 كيلوجراما», «43.8 كيلوغرام»); a phone's weight beside
another's, a list of foods by weight, the loads of an aid convoy's shipments are many measures of one
unit, told apart only by the words around them. So are a quake's distances from two towns, two
people's heights, the length of a track and the distance a probe flew: of 19 red distances read on
the corpus, none was one quantity told two ways."""
ARMED_SUBJECTS = frozenset({"member", "fighter", "soldier", "security", "leader"})

RELATIVE_TIME = ("قبل", "منذ", "بعد", "خلال")
"""«قبل أسبوعين» counts back from the day an article was written: articles of different days
cannot be compared on it."""
BETWEEN_EVENTS = ("قبل", "بعد")
"""…unless the period runs to or from another event named after «على» or «من» («بعد أربعة أيام على
هجوم», «قبل أسبوعين على إعلان»): the time between two events, the same in every article that tells
of both (`between_events`)."""
EVENT_LINKS = frozenset(normalize(w) for w in ("على", "من"))
"""«بعد أربعة أيام على هجوم», «بعد عشرين دقيقة من بدء الفيلم»: the period runs from another event."""
NOT_AN_EVENT = frozenset(normalize(w) for w in ("أن", "الرغم", "الآن", "الان", "جهته", "جهتها", "قبل", "بعد"))
"""Words after «على/من» that make a phrase, not an event («قبل ستة أشهر على الرغم من الخلاف», «قبل
يومين من الآن»); «على الأقل» is read into the number («at least»)."""
RUNNING_SINCE = ("منذ", "خلال")
"""«منذ 13 عاما», «خلال عشرة أيام»: a period running since a point, told the same way by articles of
one event (it moves by a day at most between them)."""


def linkable(m: Mention, texts: dict[str, str]) -> bool:
    if m.kind == "other":  # a weight or an area («681 جراما», «4000 م2»), not «نصف السكان»
        return m.qualifier != "vague" and m.counted in measure_units()
    if m.kind not in LINKABLE_KINDS or m.qualifier == "vague":
        return False
    if m.kind == "duration":
        before = _two_before(m, texts)
        return not any(w in RELATIVE_TIME for w in before) or bool(loose_period(m, texts, before))
    return True


def loose_period(m: Mention, texts: dict[str, str], before: list[str] | None = None) -> str:
    """The word that makes the duration M a period told the same way in every article, which joins
    only the same period told with the same word and never disagrees (`core.match.facts`): between
    two events («بعد أربعة أيام على هجوم», `between_events`), or running since a point («منذ 13
    عاما», «خلال عشرة أيام»); "" for a period counted back from the article's own day («قبل
    أسبوعين»), which never joins. BEFORE: the two words before M, if read."""
    if m.kind != "duration":
        return ""
    before = before if before is not None else _two_before(m, texts)
    between = between_events(m, texts, before)
    if between:
        return between
    return next((w for w in reversed(before) if w in RUNNING_SINCE), "")


def _two_before(m: Mention, texts: dict[str, str]) -> list[str]:
    """The two words before M, without a leading «و» («وبعد أربعة أيام»)."""
    return words_before(texts[m.doc], m.start)


def between_events(m: Mention, texts: dict[str, str], before: list[str] | None = None) -> str:
    """«قبل» or «بعد» when the duration M runs between two events («بعد أربعة أيام على هجوم»), else "".
    Which event the period leads to is told only by the words around it (the strikes came four
    days after the bombing, the clashes three): such periods join when their words and values are
    the same, and never disagree (`core.match.facts`). BEFORE: the two words before M, if read."""
    if m.kind != "duration":
        return ""
    words = [w for w in (before if before is not None else _two_before(m, texts)) if w in BETWEEN_EVENTS]
    after = [w.strip(".،,؛:") for w in normalize(texts[m.doc][m.end : m.end + 24]).split()[:2]]
    if not words or len(after) < 2 or after[0] not in EVENT_LINKS or after[1] in NOT_AN_EVENT:
        return ""
    return words[-1]


def same_subject(f1: Frame, f2: Frame) -> bool:
    """Equal subjects; or people in general and a kind of people under one known role, or members of an armed body and
    fighters, soldiers or police, under one role."""
    if f1.subject == f2.subject:
        return True
    if f1.role != f2.role:
        return False
    pair = {f1.subject, f2.subject}
    if "person" in pair:
        return bool(f1.role) and pair <= HUMAN_CLASSES
    return "member" in pair and pair <= ARMED_SUBJECTS


LOOSE_SCOPES = frozenset({BEFORE, ASIDE})
"""Scopes that may join the article's own ("") when the values are equal, never in a conflict: the
level a change started from («من 53 دولاراً إلى 57» beside «توقعاته قبل ثلاثة أشهر 53 دولارا»), and
another incident a roundup turns to («من جهة أخرى، قتل 8 حوثيين في مأرب», which another article may
tell as its own)."""


def joined_scope(scope: str) -> str:
    """The scope SCOPE is keyed under where mentions may join: "" for the `LOOSE_SCOPES`."""
    return "" if scope in LOOSE_SCOPES else scope


def compatible(m1: Mention, m2: Mention, actor: dict[str, str]) -> bool:
    """Whether two mentions may be one quantity: the frame keys (DESIGN: no wildcard)."""
    f1, f2 = m1.frame, m2.frame
    if m1.kind != m2.kind or joined_scope(f1.scope) != joined_scope(f2.scope):
        return False
    if f1.role != f2.role and not (_loose_role(m1) and _loose_role(m2) and not (f1.role and f2.role)):
        return False
    if {f1.aggregation, f2.aggregation} == {"total", "increment"}:
        return False
    if f1.base and f2.base and f1.base != f2.base:
        return False
    if m1.kind == "date":
        return dates_comparable(str(m1.value), str(m2.value)) and same_period(str(m1.value), str(m2.value))
    if m1.kind == "count" and not (f1.subject or f1.role):
        return False
    if not same_subject(f1, f2):
        return False
    a1, a2 = actor.get(m1.id, ""), actor.get(m2.id, "")
    return not (f1.role.split(".")[0] in AGENTIVE and a1 and a2 and a1 != a2)


CompatibleKey = tuple[str, str, str, str, str, str, str, str]


def compatible_key(m: Mention, actor: dict[str, str]) -> CompatibleKey:
    """All that `compatible` and `may_conflict` read of M: two mentions with equal keys give the same
    answers with the same mentions, so a story's pairs of keys are compared once (`core.match.facts`
    compares every pair of numbers of a bucket, and most share their frames)."""
    f = m.frame
    date = str(m.value) if m.kind == "date" else ""
    return (m.kind, f.scope, f.role, f.subject, f.aggregation, f.base, date, actor.get(m.id, ""))


def actor_read(m: Mention) -> bool:
    """Whether `compatible` may ever read M's agent: M's role is agentive, or M is an object count
    without a role (it may meet an agentive role of the same things). The agents of other mentions
    need not be looked for."""
    role = m.frame.role
    return role.split(".")[0] in AGENTIVE or (not role and object_count(m))


def object_count(m: Mention) -> bool:
    """A count of things named by a specific noun (kilograms, rifles, buses), not of people."""
    return m.kind != "date" and bool(m.frame.subject) and m.frame.subject not in HUMAN_CLASSES


def _loose_role(m: Mention) -> bool:
    """Whether M may join a mention under another role when one of them has none (as a loose key:
    equal values only): a count of things (`object_count`), or a day of a month («في 15 يوليو» of
    the arrest, and «في 15 يوليو» in the same words without the verb). A year or a month alone is
    named in passing for many things of a story («مقارنة بنفس الشهر من 2014»)."""
    return object_count(m) or (m.kind == "date" and bool(_DAY.search(str(m.value))))


_DAY = re.compile(r"-\d\d-\d\d$")
"""A date value that names a day of a month (core.mentions dates: «2015-07-15», «--07-15», «AH--09-28»)."""


def same_value(m1: Mention, m2: Mention) -> bool:
    """The same number, qualifiers aside: what a loose key needs to join two mentions («نحو 568
    مليون» and «584 مليون» agree under a known key, but a loose one cannot tell them apart)."""
    return (
        str(m1.value) == str(m2.value)
        or (
            isinstance(m1.value, (int, float))
            and isinstance(m2.value, (int, float))
            and float(m1.value) == float(m2.value)
        )
        or twelve_hours_apart(m1, m2)
    )


def may_conflict(m1: Mention, m2: Mention) -> bool:
    """Only exact keys may disagree. These join values that agree and never raise a conflict:
    - a loose key: people in general beside a kind of people; a bare «عنصر» beside fighters or police
      unless a known role says what befell both; a count of things with a role beside one without;
      «اثنان من الجرحى» beside a figure that is not such a part; an increment («خمسة متهمين
      آخرين», «سبع جثث جديدة») beside a figure that is not one; a level a change started from
      beside a level told alone, and another incident of a roundup (`LOOSE_SCOPES`);
    - an unknown role on a figure without a counted noun (a clock time, a date, a bare count);
    - a weight, an area or a distance but a seized one (`MEASURED_ROLES`);
    - a clock time or a year under a role of change (`_moment_of_a_move`).
    Red must be earned by a frame that says what is counted and what happened to it."""
    f1, f2 = m1.frame, m2.frame
    if f1.role != f2.role or f1.base != f2.base or f1.scope != f2.scope or f1.scope == ASIDE:
        return False  # a loose scope (`LOOSE_SCOPES`): equal values only
    if _part_of_a_group(f1) != _part_of_a_group(f2):
        return False  # «اثنان من الجرحى» beside «سبعة أشخاص أصيبوا»: a part is not the whole
    if (f1.aggregation == "increment") != (f2.aggregation == "increment"):
        return False  # «خمسة متهمين آخرين» beside «ستة متهمين»: the others, or the new, are not all
    if f1.subject != f2.subject:
        armed = "member" in {f1.subject, f2.subject} and {f1.subject, f2.subject} <= ARMED_SUBJECTS
        return armed and bool(f1.role)
    if m1.kind in MEASURE_KINDS:
        return f1.role in MEASURED_ROLES
    if f1.role in CHANGE_ROLES and (_moment_of_a_move(m1) or _moment_of_a_move(m2)):
        return False
    specific = f1.subject not in ("", "person", "member", "%")
    return bool(f1.role) or (m1.kind == "count" and specific)


def _moment_of_a_move(m: Mention) -> bool:
    """A clock time or a year alone: under a role of change it times one move of many («وفي الساعة 0659
    انخفض السعر», «انخفاض البطالة في 2015»), and two reports' moments are two moves, not a
    contradiction."""
    return m.kind == "time" or (m.kind == "date" and YEAR.fullmatch(str(m.value)) is not None)


def _part_of_a_group(f: Frame) -> bool:
    """«اثنان من الجرحى»: part of a group that a role names, its whole told elsewhere, and nothing
    else said of the part. A part named in its own words beside its total («375 مقاتل بينهم 150
    امرأة») is a figure of its own, which another article may give otherwise."""
    return f.aggregation == "part" and not f.part_of


SCALE_STEP = 1000.0
"""Thousand, million, billion, trillion: the scale words of an amount are powers of this."""


def scale_slip(m1: Mention, m2: Mention) -> bool:
    """The same written figure of one subject at another scale word («664.5 مليون دولار» beside «664.5
    مليار دولار»): one quantity misreported, a conflict even where no role says what befell it, and
    as likely to be one quantity as two equal values."""
    if m1.kind != "money" or not m1.frame.subject or m1.frame.subject != m2.frame.subject:
        return False
    if not isinstance(m1.value, (int, float)) or not isinstance(m2.value, (int, float)):
        return False
    small, large = sorted((abs(float(m1.value)), abs(float(m2.value))))
    if small == 0 or small == large:
        return False
    ratio = large / small
    step = SCALE_STEP
    while step < ratio * 1.000001:
        if abs(ratio - step) < 1e-6 * step:
            return True
        step *= SCALE_STEP
    return False


ROUNDED_DIGITS = 3
"""A rounded amount names one figure only when it keeps at least this many significant digits:
«1.81 تريليون» is 1812.4 billion rounded, «2 مليار» could round anything from 1.5 to 2.5 billion."""


@lru_cache(maxsize=4096, typed=True)
def significant(value: float) -> str:
    """The significant digits of VALUE as written to 12 digits, kept: a story's amounts repeat, and
    `rounded` reads two of them for every pair of amounts of one subject."""
    return f"{abs(value):.12g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")


def rounded(m1: Mention, m2: Mention) -> bool:
    """One amount of one subject is the other rounded to fewer digits («1812.4 مليار ريال» and «1.81
    تريليون ريال»): one figure told two ways, linked like equal values; the comparison rule still
    decides its status (exact figures that differ as written are a conflict)."""
    if m1.kind != "money" or not m1.frame.subject or m1.frame.subject != m2.frame.subject:
        return False
    if not isinstance(m1.value, (int, float)) or not isinstance(m2.value, (int, float)) or m1.value == m2.value:
        return False
    a, b = float(m1.value), float(m2.value)
    coarse, fine = (a, b) if len(significant(a)) <= len(significant(b)) else (b, a)
    digits = len(significant(coarse))
    if digits < ROUNDED_DIGITS or digits == len(significant(fine)):
        return False
    return float(f"{fine:.{digits}g}") == coarse


def same_period(a: str, b: str) -> bool:
    """Dates can be two reports of one day only in one calendar and within a year of each other:
    «مايو 2003» and «21 شوال 1436» are different events, not a contradiction."""
    hijri_a, hijri_b = a.lstrip("A").startswith("H"), b.lstrip("A").startswith("H")
    if hijri_a != hijri_b:
        return False
    ya, yb = a.lstrip("AH")[:4], b.lstrip("AH")[:4]
    return not (ya.isdigit() and yb.isdigit() and abs(int(ya) - int(yb)) > 1)


def bucket(m: Mention) -> tuple[str, str, str, str]:
    """Mentions that may link share a bucket: people by role, things by subject, days by scope."""
    human = m.frame.subject in HUMAN_CLASSES or not m.frame.subject
    subject = "human" if human else m.frame.subject
    scope = joined_scope(m.frame.scope)  # a loose scope may join the article's own (`compatible`)
    if m.kind == "date":  # a day joins another role's when one has none (`_loose_role`)
        return (m.kind, "", scope, "")
    return (m.kind, m.frame.role if human else "", scope, subject)
