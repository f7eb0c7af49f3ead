"""What choosing the language costs each request: LocaleMiddleware (the cookie, then
Accept-Language) and AccountLanguageMiddleware around a view that does nothing, against the bare
view in the same run. No database: the request never reaches one.

    .venv/bin/python bench/language_cost.py [--rounds 7]
"""

import argparse
import os
import statistics
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "emojisite.settings")

import django  # noqa: E402

django.setup()

from django.http import HttpResponse  # noqa: E402
from django.middleware.locale import LocaleMiddleware  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from accounts.language import AccountLanguageMiddleware  # noqa: E402

CALLS = 2000
ACCEPT = "es-ES,es;q=0.9,en;q=0.8"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    factory = RequestFactory()

    def view(request):
        return HttpResponse("{}")

    chains = {
        "bare view": view,
        "with the language": LocaleMiddleware(AccountLanguageMiddleware(view)),
    }
    times = {name: [] for name in chains}
    for _ in range(rounds):  # alternate, so that a busy moment hits both
        for name, chain in chains.items():

            def run(chain=chain):
                return chain(factory.post("/api/predict/", headers={"Accept-Language": ACCEPT}))

            times[name].append(min(timeit.repeat(run, number=CALLS, repeat=3)) / CALLS * 1e6)
    for name, runs in times.items():
        print(
            f"{name:>18}: mean {statistics.mean(runs):6.1f} µs, worst {max(runs):6.1f}, "
            f"spread (sd) {statistics.pstdev(runs):5.1f}, per request (with RequestFactory)"
        )
    added = statistics.mean(times["with the language"]) - statistics.mean(times["bare view"])
    ratio = statistics.mean(times["with the language"]) / statistics.mean(times["bare view"])
    print(f"choosing the language adds {added:.1f} µs a request ({ratio:.2f}× the bare view)")


if __name__ == "__main__":
    main()
