"""Where a guess's time goes: POST /api/predict/ by token, in this process, through Django's WSGI
handler (no server, no network but the database's and the cache's), under a profiler.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/emojisite_bench REDIS_URL=redis://... \\
        .venv/bin/python bench/profile_predict.py [--requests 3000] [--rounds 5] \\
        [--profiler pyinstrument] [--sort tottime]

Prints the CPU time of a guess and of a refused request (no token: 401), then the profile.
With `--page`, the guesses are the drawing page's: its session cookie, CSRF header and
`explain`.
"""

import argparse
import io
import json
import statistics
import sys
import time

from harness import drawings, make_users, setup_django, signed_in_page


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profiler", choices=["pyinstrument", "cprofile"], default="cprofile")
    parser.add_argument("--sort", choices=["cumulative", "tottime"], default="cumulative")
    parser.add_argument("--page", action="store_true", help="as the drawing page guesses")
    args = parser.parse_args()
    setup_django()
    from django.core.handlers.wsgi import WSGIHandler

    from drawings import training
    from drawings.models import Sample

    [token] = make_users(1, args.samples)
    user_id = Sample.objects.values_list("user_id", flat=True).first()
    training.fit_and_store(user_id)
    guessed = {"features": drawings(2)[0][1].tolist()}
    signed_in = {"HTTP_AUTHORIZATION": f"Token {token}"}
    if args.page:
        guessed["explain"] = True
        headers = signed_in_page(user_id)
        signed_in = {"HTTP_COOKIE": headers["Cookie"], "HTTP_X_CSRFTOKEN": headers["X-CSRFToken"]}
    body = json.dumps(guessed).encode()
    handler = WSGIHandler()

    def guess(credentials=signed_in):
        environ = {
            **credentials,
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/api/predict/",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "REMOTE_ADDR": "127.0.0.1",
            "CONTENT_TYPE": "application/json",
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body),
            "wsgi.url_scheme": "http",
        }
        statuses = []
        answer = b"".join(handler(environ, lambda status, headers: statuses.append(status)))
        return statuses[0], answer

    status, answer = guess()
    assert status.startswith("200"), (status, answer)
    # One BLAS thread for every library the guess has loaded, as gunicorn.conf.py gives each
    # worker: spinning threads would count as CPU time the guess never needed.
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    print(answer.decode()[:200])
    # Several rounds, because CPU time per request still varies with what else the machine runs.
    for name, credentials in (("guess", signed_in), ("401, signed out", {})):
        rounds = []
        for _ in range(args.rounds):
            started = time.process_time()
            for _ in range(args.requests // args.rounds):
                guess(credentials)
            rounds.append((time.process_time() - started) / (args.requests // args.rounds) * 1000)
        print(
            f"{name}: {statistics.median(rounds):.2f} ms of CPU a request "
            f"(median of {args.rounds} rounds; {min(rounds):.2f} to {max(rounds):.2f})"
        )

    if args.profiler == "pyinstrument":
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002)
        profiler.start()
        for _ in range(args.requests):
            guess()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    else:
        import cProfile
        import pstats

        profile = cProfile.Profile(time.process_time)  # CPU: the machine may wait on others
        profile.enable()
        for _ in range(args.requests):
            guess()
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats(args.sort).print_stats(40)


if __name__ == "__main__":
    main()
