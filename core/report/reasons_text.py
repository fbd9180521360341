"""A fact's structured reasons (`core.match.reasons`) as sentences in the interface language.

Core stores codes and parameters only; this module is the one place that words them, in Arabic and
English, for the reports (and any view that wants the same wording). An unknown code is shown as
its code and parameters, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from core.match import reasons as R
from core.model import Reason

KINDS: dict[str, dict[str, str]] = {
    "ar": {
        "count": "عدد",
        "date": "تاريخ",
        "time": "وقت",
        "duration": "مدة",
        "distance": "مسافة",
        "percent": "نسبة",
        "money": "مبلغ",
    },
    "en": {},
}
SUBJECTS: dict[str, dict[str, str]] = {
    "ar": {
        "person": "أشخاص",
        "member": "عناصر",
        "security": "رجال أمن",
        "fighter": "مسلحون",
        "soldier": "عسكريون",
        "civilian": "مدنيون",
        "leader": "قادة",
        "vehicle": "آليات",
        "bus": "حافلات",
        "ambulance": "سيارات إسعاف",
        "aircraft": "طائرات",
        "drone": "مسيّرات",
        "missile": "صواريخ",
        "strike": "ضربات",
        "house": "مبانٍ",
        "village": "قرى",
    },
    "en": {"person": "people"},
}
"""Subject classes (counted_classes.txt) by name; a subject outside the lexicon is an Arabic stem, shown as it is."""

TEMPLATES: dict[str, dict[str, str]] = {
    "ar": {
        R.FRAME_MATCH: (
            "جُمعت لأنها من النوع نفسه ({kind})، والدور نفسه ({role})، والمعدود نفسه ({subject}){scope}{base}"
        ),
        R.SIMILAR_CONTEXT: "تتشابه جملها (حتى {score})",
        R.KEPT_OUT: "أُبقي {mention} خارجها: {rule}",
        R.VALUES_AGREE: "القيم متوافقة: {values}",
        R.TWELVE_HOUR_CLOCK: "{values} ساعة واحدة بفارق اثنتي عشرة ساعة: أحد المقالين لا يذكر أهي صباحاً أم مساءً",
        R.VALUES_DIFFER: "القيم متعارضة: {values}",
        R.ONE_ARTICLE: "لا يذكرها إلا مقال واحد",
        "time_order": "بترتيب النشر: {mentions}",
        "updated_over_time": "تحدّث العدد مع الوقت: يرتفع فقط، من {first} إلى {last} (ويبقى تعارضاً)",
        "verdict_confirmed": "أكّد الباحث هذه الواقعة (الحكم {verdict})",
        "verdict_dismissed": "رفض الباحث هذا التعارض: ليس تناقضاً (الحكم {verdict})",
        "verdict_split": "فصل الباحث هذا الرقم عن واقعته (الحكم {verdict})",
        "verdict_split_from": "فصل الباحث «{mention}» عن هذه الواقعة",
        "verdict_merged": "دمج الباحث «{with}» في هذه الواقعة (الحكم {verdict})",
        "unknown": "غير معروف",
        "scope": "، في سياق حدث آخر ({scope})",
        "scope_before": "، وهي القيمة التي بدأ منها التغيّر",
        "scope_aside": "، في خبر آخر يرويه المقال («من جهة أخرى»)",
        "base_year": "، مقارنة بالفترة نفسها من العام السابق",
        "base_prior": "، مقارنة بالفترة السابقة",
        R.RULE_SAME_SENTENCE: "رقمان في جملة واحدة لا يكونان واقعة واحدة",
        R.RULE_TOTAL_PART: "المجموع وجزؤه لا يكونان واقعة واحدة",
        R.RULE_TWO_ARTICLES: "مقالان يذكر كل منهما الرقمين معاً، فهما شيئان مختلفان",
        R.RULE_LISTED: "مقال يعدد قيماً مختلفة للشيء نفسه، فكل قيمة منها لشيء آخر",
        R.RULE_UNCOUNTED: "أرقام لا يذكر أيٌّ منها ما يعدّه لا تُجمع إلا إذا تساوت",
        R.RULE_OTHER_PERSON: "عمران يذكر كل منهما بعد اسم شخص آخر، فهما عمرا شخصين",
    },
    "en": {
        R.FRAME_MATCH: "grouped: same kind ({kind}), role ({role}) and subject ({subject}){scope}{base}",
        R.SIMILAR_CONTEXT: "their sentences are alike (up to {score})",
        R.KEPT_OUT: "{mention} kept out: {rule}",
        R.VALUES_AGREE: "the values agree: {values}",
        R.TWELVE_HOUR_CLOCK: (
            "{values} are one clock time twelve hours apart: one article does not say morning or evening"
        ),
        R.VALUES_DIFFER: "the values conflict: {values}",
        R.ONE_ARTICLE: "only one article reports it",
        "time_order": "in the order they were published: {mentions}",
        "updated_over_time": "updated over time: the count only rises, from {first} to {last} (still a conflict)",
        "verdict_confirmed": "the researcher confirmed this fact (verdict {verdict})",
        "verdict_dismissed": "the researcher dismissed this conflict: not a contradiction (verdict {verdict})",
        "verdict_split": "the researcher split this number out of its fact (verdict {verdict})",
        "verdict_split_from": "the researcher split «{mention}» out of this fact",
        "verdict_merged": "the researcher merged «{with}» into this fact (verdict {verdict})",
        "unknown": "unknown",
        "scope": ", about another event ({scope})",
        "scope_before": ", the level a change started from",
        "scope_aside": ", in another incident the article turns to («من جهة أخرى»)",
        "base_year": ", against the same period a year before",
        "base_prior": ", against the period before",
        R.RULE_SAME_SENTENCE: "two numbers of one sentence are never one fact",
        R.RULE_TOTAL_PART: "a total and its part are never one fact",
        R.RULE_TWO_ARTICLES: "two articles each give both figures, so they are two things",
        R.RULE_LISTED: "one article lists several figures of this kind, each of another thing",
        R.RULE_UNCOUNTED: "numbers that do not say what they count are one fact only when equal",
        R.RULE_OTHER_PERSON: "two ages told after different names are the ages of two people",
    },
}


def _subject(p: dict[str, str], lang: str) -> str:
    """A reason's subject as the reader names it: a class by its name («أشخاص»), else the noun the
    fact's label writes («ساعة», «شركة»: `frame_match`'s noun), else the stem itself."""
    subject = p.get("subject", "")
    return SUBJECTS.get(lang, {}).get(subject) or p.get("noun") or subject


def reason_text(reason: Reason, lang: str = "ar", mention_name: Callable[[str], str] = str) -> str:
    """One reason as a sentence in LANG ("ar" or "en"); `mention_name` turns a mention id into
    what the reader sees (its text and article)."""
    words = TEMPLATES.get(lang, TEMPLATES["ar"])
    roles = R.ROLE_NAMES.get(lang, R.ROLE_NAMES["ar"])
    p = R.params(reason)
    template = words.get(reason.code)
    if template is None:
        return reason.code + (" " + ", ".join(f"{k}={v}" for k, v in reason.params) if reason.params else "")
    role = p.get("role", "")
    values = {
        **p,
        "role": roles.get(role, role) or words["unknown"],
        "subject": _subject(p, lang) or words["unknown"],
        "kind": KINDS.get(lang, {}).get(p.get("kind", ""), p.get("kind", "")),
        "scope": (words.get("scope_" + p["scope"]) or words["scope"].format(scope=p["scope"]))
        if p.get("scope")
        else "",
        "base": words.get("base_" + p["base"], "") if p.get("base") else "",
        "rule": words.get(p.get("rule", ""), p.get("rule", "")),
        "mention": mention_name(p.get("mention", "")),
        "mentions": " → ".join(mention_name(i) for i in p.get("mentions", "").split()),
    }
    return template.format_map(_Missing(values))


class _Missing(dict[str, str]):
    """A parameter an older or newer analysis did not record reads as "?" instead of failing the line."""

    def __missing__(self, key: str) -> str:
        return "?"


def reasons_text(reasons: tuple[Reason, ...], lang: str = "ar", mention_name: Callable[[str], str] = str) -> list[str]:
    """Every reason of a fact, in order."""
    return [reason_text(r, lang, mention_name) for r in reasons]
