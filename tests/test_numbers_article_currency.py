"""Money in an article keeps the article's currency: a bare «ريال» takes the issuer the article gives
it elsewhere, and a large amount written without a currency word is money in the article's one
currency (core.mentions.numbers.currency, run per article by the pipeline)."""

from __future__ import annotations

from core.model import Document, Mention
from core.pipeline import analyze_document


def _mentions(text: str) -> list[Mention]:
    return analyze_document(Document("d1", "d1.txt", "", text))[1]


def test_a_bare_riyal_takes_the_issuer_the_article_gives_it() -> None:
    found = _mentions("استثمر الصندوق 50 مليون ريال قطري في المشروع.\nوأضاف أن 20 مليون ريال خصصت للتوسعة.")
    assert [m.counted for m in found] == ["ريال قطري", "ريال قطري"]


def test_two_issuers_leave_a_bare_riyal_as_it_is() -> None:
    found = _mentions("دفع 5 ملايين ريال قطري و3 ملايين ريال عماني.\nثم دفع مليون ريال.")
    assert [m.counted for m in found] == ["ريال قطري", "ريال عماني", "ريال"]


def test_a_large_amount_without_its_currency_word_is_money_in_the_article_currency() -> None:
    found = _mentions("تراجعت الأصول إلى 1.81 تريليون ريال مقابل 1.93 تريليون في مايو.")
    assert [(m.value, m.kind, m.counted) for m in found[:2]] == [
        (1_810_000_000_000, "money", "ريال"),
        (1_930_000_000_000, "money", "ريال"),
    ]


def test_a_large_count_in_an_article_about_people_stays_a_count() -> None:
    found = _mentions("نزح 4 ملايين من ديارهم.\nوقدرت المساعدات بمليار دولار.\nوعاد مليونان إلى قراهم.")
    assert [m.kind for m in found] == ["count", "money", "count"]
