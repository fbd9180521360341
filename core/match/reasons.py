"""Every `Reason` code a fact can carry, with its parameters: the one place that lists them.

Reasons are data (a code and string parameters), never prose: the GUI and the reports render them
in the interface language (`core.report.reasons_text`). Codes are stable; new ones are added, old
ones never change meaning. Parameters are strings; lists are joined with " · ".

| code | params | meaning |
| --- | --- | --- |
| `frame_match` | kind, role, subject, scope[, base, noun] | the mentions share these frame fields ("" = unknown) |
| `similar_context` | score | best sentence similarity (0–1, two decimals) among the fact's links |
| `kept_out` | mention, rule | a mention that would have joined was kept out by a cannot-link |
| `values_agree` | values | every article's value agrees with the others' (with qualifiers) |
| `twelve_hour_clock` | values | two values are one clock time twelve hours apart («8:05», «8:05 مساء») |
| `values_differ` | values | at least two articles give values that cannot both be true |
| `one_article` | doc | only one article reports this quantity |

`frame_match`'s noun is what the mentions count as the fact's label writes it («ساعة» for the stem
«ساع»): the views name a subject outside the class lexicon by it.

Cannot-link rules (`kept_out` rule):
- `same_sentence`: two numbers of one sentence are two quantities (unless they repeat one value of one frame);
- `total_part`: a total and its part («20 … بينهم 6»), or the parts one sentence lists that it sums
  («69 كلية» over «19 … و14 … و36 كلية»), are never one fact anywhere in the article;
- `two_articles_both_figures`: when two articles each give both figures (the same two), the figures
  are two quantities, not one quantity reported two ways;
- `uncounted_values`: numbers none of which says what it counts are one fact only when they are equal;
- `ages_of_different_people`: two ages told after different names («المسلح (58 عاما)», «هولمز (27
  عامًا)») are the ages of two people (`core.match.ages`).
Links are never made at all between mentions of different kinds, roles, subjects or scopes, nor
between a running total and an increment (`core.match.facts`); those need no `kept_out`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from core.model import Reason

FRAME_MATCH = "frame_match"
SIMILAR_CONTEXT = "similar_context"
KEPT_OUT = "kept_out"
VALUES_AGREE = "values_agree"
VALUES_DIFFER = "values_differ"
ONE_ARTICLE = "one_article"
TWELVE_HOUR_CLOCK = "twelve_hour_clock"

RULE_SAME_SENTENCE = "same_sentence"
RULE_TOTAL_PART = "total_part"
RULE_TWO_ARTICLES = "two_articles_both_figures"
RULE_LISTED = "listed_in_one_article"
RULE_UNCOUNTED = "uncounted_values"
RULE_OTHER_PERSON = "ages_of_different_people"

CODES = (FRAME_MATCH, SIMILAR_CONTEXT, KEPT_OUT, VALUES_AGREE, TWELVE_HOUR_CLOCK, VALUES_DIFFER, ONE_ARTICLE)
RULES = (
    RULE_SAME_SENTENCE,
    RULE_TOTAL_PART,
    RULE_TWO_ARTICLES,
    RULE_LISTED,
    RULE_UNCOUNTED,
    RULE_OTHER_PERSON,
)


@lru_cache(maxsize=20_000)
def reason(code: str, **params: str) -> Reason:
    """A Reason with its parameters in a stable order (sorted by name), one for the facts that give
    the same: 10,000 articles' facts made 19,763 copies of reasons made before (a mention kept out,
    a context score, a frame, values), all kept to the end."""
    return Reason(code, tuple(sorted(params.items())))


def params(r: Reason) -> dict[str, str]:
    """The parameters of a reason as a dict."""
    return dict(r.params)


def renamed_reasons(
    reasons: tuple[Reason, ...], mention: Callable[[str], str], doc: Callable[[str], str]
) -> tuple[Reason, ...]:
    """REASONS with the mention and article ids in their parameters renamed (articles renumbered)."""
    return tuple(renamed_reason(r, mention, doc) for r in reasons)


def renamed_reason(r: Reason, mention: Callable[[str], str], doc: Callable[[str], str]) -> Reason:
    """R with the mention or article ids in its parameters renamed; R itself when it names none (most
    do not)."""
    if not any(name in _NAMING for name, _value in r.params):
        return r
    params = dict(r.params)
    if "mention" in params:
        params["mention"] = mention(params["mention"])
    if "mentions" in params:  # a time order (core.match.timeline): ids, space separated
        params["mentions"] = " ".join(map(mention, params["mentions"].split()))
    if "doc" in params:
        params["doc"] = doc(params["doc"])
    return reason(r.code, **params)


_NAMING = frozenset(("mention", "mentions", "doc"))
"""The parameters that name mentions or an article."""


ROLE_NAMES: dict[str, dict[str, str]] = {
    "ar": {
        "died": "وفاة",
        "injured": "إصابة",
        "injured.suffocation": "إصابة باختناق",
        "injured.burns": "إصابة بحروق",
        "casualties": "قتلى وجرحى",
        "rescued": "إنقاذ",
        "missing": "فقدان",
        "aboard": "على متن أو في الطريق",
        "recovered": "انتشال",
        "hospitalised": "نقل إلى المستشفى",
        "discharged": "خروج من المستشفى",
        "arrested": "توقيف",
        "captured": "أسر أو خطف",
        "released": "إفراج أو تسليم",
        "displaced": "نزوح",
        "seized": "ضبط",
        "struck": "هجوم",
        "destroyed": "تدمير",
        "deployed": "مشاركة",
        "sentenced": "حكم",
        "spent": "إنفاق",
        "raised": "جمع",
        "built": "بناء",
        "rose": "ارتفاع",
        "fell": "انخفاض",
        "agreed": "اتفاق",
    },
    "en": {
        "died": "died",
        "injured": "injured",
        "injured.suffocation": "injured (suffocation)",
        "injured.burns": "injured (burns)",
        "casualties": "killed and injured",
        "rescued": "rescued",
        "missing": "missing",
        "aboard": "aboard or travelling",
        "recovered": "recovered",
        "hospitalised": "taken to hospital",
        "discharged": "discharged",
        "arrested": "arrested",
        "captured": "captured or kidnapped",
        "released": "released or handed over",
        "displaced": "displaced",
        "seized": "seized",
        "struck": "struck",
        "destroyed": "destroyed",
        "deployed": "took part",
        "sentenced": "sentenced",
        "spent": "spent",
        "raised": "raised",
        "built": "built",
        "rose": "rose",
        "fell": "fell",
        "agreed": "agreed",
    },
}
"""Each frame role (`core.model.Frame.role`) as a reader names it, in Arabic and English: the one
vocabulary of fact labels, reports and the Why panel."""
