#!/usr/bin/env python3
"""Writes N short synthetic news articles (UTF-8 .txt) for the Spark benchmark; same seed, same files.

usage: python3 benchmarks/spark/make_articles.py OUT_DIR [N=30]
"""
import os
import random
import sys

COUNTRIES = ["Spain", "Morocco", "Germany", "Poland", "Japan", "Vietnam", "Brazil", "Chile", "Kenya", "Egypt"]
PEOPLE = [("Foreign Minister", "Ana Ruiz"), ("President", "Lena Haas"), ("Prime Minister", "Tomas Varga"),
          ("Trade Minister", "Kenji Mori"), ("Defence Minister", "Olu Adeyemi"), ("spokeswoman", "Mira Costa")]
COOPERATIVE = ["{a} stands ready to work with {b} on energy and trade",
               "the two governments would deepen their cooperation on migration",
               "{a} welcomed the proposal from {b} and would sign the agreement next month",
               "talks with {b} had been constructive and friendly"]
CONFLICTUAL = ["{b} had broken its promises and {a} would respond firmly",
               "{a} condemned the attack and warned {b} against any escalation",
               "{a} rejected the demands of {b} as unacceptable",
               "new sanctions against {b} were being prepared"]
FILLER = ["Heavy rain fell across the capital on Monday.", "Markets were calm in early trading.",
          "The meeting lasted three hours.", "Officials did not give further details.",
          "Both delegations met again in the afternoon."]


def article(rng):
    a, b = rng.sample(COUNTRIES, 2)
    lines = []
    for _ in range(rng.randint(4, 7)):
        title, name = rng.choice(PEOPLE)
        content = rng.choice(COOPERATIVE if rng.random() < 0.5 else CONFLICTUAL).format(a=a, b=b)
        form = rng.randrange(4)
        if form == 0:
            lines.append(f"{title} {name} of {a} said that {content}.")
        elif form == 1:
            lines.append(f"\"{content[0].upper() + content[1:]},\" {name} told reporters.")
        elif form == 2:
            lines.append(f"According to {a}'s {title.lower()}, {content}.")
        else:
            lines.append(f"{name} added that {content}, but gave no date.")
        lines.append(rng.choice(FILLER))
    return f"{a} and {b} hold talks\n\n" + " ".join(lines) + "\n"


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    os.makedirs(out, exist_ok=True)
    rng = random.Random(8)
    for i in range(n):
        with open(os.path.join(out, f"article-{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(rng))


if __name__ == "__main__":
    main()
