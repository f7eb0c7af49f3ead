import os

import pytest
from django.core.management import CommandError, call_command

from drawings import training
from drawings.models import Classifier, Sample
from tests.helpers import horizontal_bar, vertical_bar


def retrain(*args):
    from io import StringIO

    out = StringIO()
    call_command("retrain", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def users_with_new_samples(make_user):
    users = [make_user(name) for name in ("ann", "ben", "cid")]
    for user in users:
        Sample.add(user, "🙂", vertical_bar())
        Sample.add(user, "🌈", horizontal_bar())
    return users


def test_it_retrains_users_whose_samples_changed(users_with_new_samples):
    output = retrain()
    assert "[3/3]" in output
    assert "Retrained 3 users on 6 samples" in output
    assert all(c.version == 1 and not c.stale for c in Classifier.objects.all())


def test_a_second_run_retrains_nothing(users_with_new_samples):
    retrain()
    assert "Retrained 0 users on 0 samples" in retrain()
    assert {c.version for c in Classifier.objects.all()} == {1}


def test_it_retrains_only_the_named_users(users_with_new_samples):
    output = retrain("--user", "ann", "--user", "cid")
    assert "Retrained 2 users" in output
    assert Classifier.objects.get(user__username="ben").version == 0


def test_all_retrains_even_unchanged_users(users_with_new_samples):
    retrain()
    assert "Retrained 3 users" in retrain("--all")
    assert {c.version for c in Classifier.objects.all()} == {2}


def test_an_unknown_user_is_an_error(users_with_new_samples):
    with pytest.raises(CommandError, match="Unknown user: zed"):
        retrain("--user", "ann", "--user", "zed")
    assert Classifier.objects.get(user__username="ann").version == 0


@pytest.mark.processes
@pytest.mark.django_db(transaction=True)
def test_it_trains_users_in_parallel_processes(make_user, monkeypatch, tmp_path):
    for name in ("ann", "ben", "cid"):
        user = make_user(name)
        Sample.add(user, "🙂", vertical_bar())
        Sample.add(user, "🌈", horizontal_bar())
    # Each forked worker notes its process id when it trains someone.
    trained_in = tmp_path / "pids"
    retrain_user = training.fit_and_store

    def noting_the_process(user_id):
        with trained_in.open("a") as pids:
            pids.write(f"{os.getpid()}\n")
        return retrain_user(user_id)

    monkeypatch.setattr(training, "fit_and_store", noting_the_process)
    output = retrain("--jobs", "2")
    assert "Retrained 3 users on 6 samples" in output
    assert all(c.version == 1 and not c.stale for c in Classifier.objects.all())
    pids = trained_in.read_text().split()
    assert len(pids) == 3 and str(os.getpid()) not in pids
    assert len(set(pids)) == 2, pids


def test_jobs_must_be_positive(db):
    with pytest.raises(CommandError, match="at least 1"):
        retrain("--jobs", "0")
