"""Sentence splitting keeps abbreviations, initials, ellipses and quotes together."""

from __future__ import annotations

import pytest

from knowledge.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One thing. Another thing.", ["One thing.", "Another thing."]),
        ("Mr. Smith met Dr. Jones. They spoke.", ["Mr. Smith met Dr. Jones.", "They spoke."]),
        ("The U.S. Navy agreed. China did too.", ["The U.S. Navy agreed.", "China did too."]),
        ("When solved... relations can improve.", ["When solved... relations can improve."]),
        ("“It is over,” he said. “We won.”", ["“It is over,” he said.", "“We won.”"]),
        ("J. K. Rowling wrote it. Fans cheered!", ["J. K. Rowling wrote it.", "Fans cheered!"]),
        (
            "The court ruled in Teague v. State of Wenonah. It was 4-3.",
            ["The court ruled in Teague v. State of Wenonah.", "It was 4-3."],
        ),
    ],
    ids=["plain", "titles", "us-abbreviation", "ellipsis", "quotes", "initials", "case-name"],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_west_african_titles_do_not_end_a_sentence() -> None:
    text = "The Speaker, Rt. Hon. Ebiere Tonye-Amachree, said the House would meet. Engr. Mshelia agreed."
    assert len(split_sentences(text)) == 2


def test_a_currency_written_before_a_sum_does_not_end_a_sentence() -> None:
    text = "The CEB lost Rs. 48.7 billion in 2025. Eng. Wanniarachchi did not attend. Fees rose to Kshs. 2,000."
    assert len(split_sentences(text)) == 3


def test_a_police_rank_written_short_does_not_end_a_sentence() -> None:
    text = "Det. Supt. Aoife Brannigan led the search. Insp. Kerr said it was over."
    assert _split(text) == ["Det. Supt. Aoife Brannigan led the search.", "Insp. Kerr said it was over."]


def test_no_ends_a_sentence_unless_a_number_follows() -> None:
    text = "Parkhurst voted no. Falkenrath voted yes. They met at No. 10 and paid Rs. 400."
    assert _split(text) == ["Parkhurst voted no.", "Falkenrath voted yes.", "They met at No. 10 and paid Rs. 400."]
