"""Seeded article-shaped texts of any size: headline, byline, paragraphs, quotes with speakers."""

from __future__ import annotations

import random

FIRST = ["Maria", "John", "Aiko", "Pedro", "Fatima", "Lars", "Chen", "Amara", "Oleg", "Nadia", "Tom", "Priya"]
LAST = ["Lopez", "Okafor", "Tanaka", "Novak", "Haddad", "Berg", "Wei", "Singh", "Petrov", "Silva", "Reyes", "Kim"]
ROLES = ["Finance Minister", "Mayor", "Chief Executive", "Senator", "Foreign Minister", "Governor", "Ambassador"]
NOUNS = [
    "budget", "harbour", "tariffs", "reservoir", "election", "pipeline", "vaccine", "railway", "drought",
    "subsidy", "treaty", "inflation", "bridge", "summit", "refinery", "strike", "wages", "exports", "grid",
    "airport", "census", "coalition", "border", "satellite", "fishery", "mine", "housing", "clinic",
]  # fmt: skip
VERBS = ["approved", "delayed", "criticised", "defended", "expanded", "reviewed", "cancelled", "funded"]
PLACES = ["Geneva", "Nairobi", "Lima", "Oslo", "Jakarta", "Accra", "Porto", "Hanoi"]
SAY = ["said", "added", "told reporters", "warned", "noted"]


def generate_article(paragraphs: int, seed: int = 0) -> str:
    """An article of ``paragraphs`` paragraphs, reproducible from ``seed``."""
    rng = random.Random(seed)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(max(3, paragraphs // 50))]
    lines = [f"Officials clash over the {rng.choice(NOUNS)} plan", "", f"By {rng.choice(FIRST)} {rng.choice(LAST)}", ""]
    introduced: set[str] = set()
    for _ in range(paragraphs):
        name, role = rng.choice(people)
        subject = name if name in introduced else f"{role} {name}"
        introduced.add(name)
        topic, other = rng.sample(NOUNS, 2)
        if rng.random() < 0.5:
            quote = f"The {topic} will be {rng.choice(VERBS)} before the {other} talks in {rng.choice(PLACES)}"
            lines.append(f"“{quote},” {subject} {rng.choice(SAY)}.")
        else:
            count = rng.randint(2, 900)
            lines.append(
                f"{subject} {rng.choice(VERBS)} the {topic} on Tuesday, and {count} people in "
                f"{rng.choice(PLACES)} followed the debate over the {other}."
            )
        lines.append("")
    return "\n".join(lines)
