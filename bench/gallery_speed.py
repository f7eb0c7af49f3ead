"""How long a gallery page takes to render for a user with many samples, first page and deep.

    .venv/bin/python bench/gallery_speed.py [--samples 10000]

Like every benchmark, it empties the database at BENCH_DATABASE_URL first (bench/harness.py).
"""

import argparse
import random
import time

from harness import drawing, setup_django
from import_speed import LABELS


def main():
    setup_django()
    # Imported once Django is set up.
    from django.contrib.auth import get_user_model
    from django.test import Client

    from drawings.fields import encode_features
    from drawings.models import Sample, Split

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=10_000)
    count = parser.parse_args().samples
    rng = random.Random(0)
    samples = [
        (rng.choice(LABELS), encode_features(drawing(rng)), Split.TRAIN) for _ in range(count)
    ]
    user = get_user_model().objects.create_user("bench")
    Sample.add_many(user, samples)
    client = Client()
    client.force_login(user)
    last_page = (count + 95) // 96
    for query in ("", f"?page={last_page // 2}", f"?page={last_page}"):
        url = "/gallery/" + query
        client.get(url, HTTP_HOST="127.0.0.1")  # warm up
        started = time.perf_counter()
        response = client.get(url, HTTP_HOST="127.0.0.1")
        seconds = time.perf_counter() - started
        assert response.status_code == 200
        kilobytes = len(response.content) / 1024
        print(f"{url:<22} {seconds * 1000:5.0f} ms  {kilobytes:4.0f} KB  ({count} samples)")


if __name__ == "__main__":
    main()
