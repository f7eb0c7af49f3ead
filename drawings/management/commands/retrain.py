import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.db.models import F

from drawings import training
from drawings.models import Classifier


def retrain_one(user_id):
    user = get_user_model().objects.get(pk=user_id)
    started = time.perf_counter()
    classifier = training.fit_and_store(user_id)
    return user.get_username(), classifier.n_samples, time.perf_counter() - started


class Command(BaseCommand):
    help = "Retrain the classifier of every user whose samples changed since their last training."
    # Run from cron, it mostly finds nothing to do; the system checks would import every view,
    # and with them scikit-learn, doubling its start-up. `manage.py check` runs them.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--user",
            action="append",
            default=[],
            metavar="USERNAME",
            help="Only this user (repeatable).",
        )
        parser.add_argument(
            "--all", action="store_true", help="Retrain even users whose samples have not changed."
        )
        parser.add_argument("--jobs", type=int, default=1, help="Users trained in parallel.")

    def handle(self, *args, user, all, jobs, **options):
        if jobs < 1:
            raise CommandError("--jobs must be at least 1.")
        classifiers = Classifier.objects.all()
        if user:
            found = set(
                classifiers.filter(user__username__in=user).values_list("user__username", flat=True)
            )
            missing = [name for name in user if name not in found]
            if missing:
                raise CommandError(f"Unknown user: {', '.join(missing)}")
            classifiers = classifiers.filter(user__username__in=user)
        if not all:
            classifiers = classifiers.exclude(data_version=F("trained_data_version"))
        user_ids = list(classifiers.order_by("user_id").values_list("user_id", flat=True))

        started = time.perf_counter()
        total_samples = 0
        for done, (username, n_samples, seconds) in enumerate(self.run(user_ids, jobs), start=1):
            total_samples += n_samples
            self.stdout.write(
                f"[{done}/{len(user_ids)}] {username}: {n_samples} samples, {seconds:.2f} s"
            )
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Retrained {len(user_ids)} users on {total_samples} samples in {elapsed:.1f} s."
            )
        )

    def run(self, user_ids, jobs):
        if jobs == 1 or len(user_ids) < 2:
            yield from map(retrain_one, user_ids)
            return
        # Forked workers must open their own database connections, not share the parent's socket.
        connections.close_all()
        context = multiprocessing.get_context("fork")
        # Chunks small enough that every worker gets users: a chunk of 8 sent 3 users to one.
        chunksize = max(1, len(user_ids) // (4 * jobs))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            yield from pool.map(retrain_one, user_ids, chunksize=chunksize)
