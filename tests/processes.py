import multiprocessing

from django.db import connections

TIMEOUT = 120  # seconds for all processes together


def in_processes(*calls):
    """Run each (function, *args) in its own forked process, all released at once; their results.

    Each process opens its own database connection to the test database.
    """
    connections.close_all()
    context = multiprocessing.get_context("fork")
    results, start = context.Queue(), context.Barrier(len(calls))

    def run(index, function, *args):
        try:
            start.wait(timeout=30)
            results.put((index, function(*args)))
        except BaseException as error:
            results.put((index, error))
            raise
        finally:
            connections.close_all()

    processes = [context.Process(target=run, args=(i, *call)) for i, call in enumerate(calls)]
    for process in processes:
        process.start()
    try:
        answers = dict(results.get(timeout=TIMEOUT) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=10)
            process.kill()
    failed = [answer for answer in answers.values() if isinstance(answer, BaseException)]
    assert not failed, failed
    return [answers[i] for i in range(len(calls))]
