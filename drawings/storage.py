"""Loading a user's pickled pipeline: from this process's cache, or from their Classifier row.

drawings.training stores the pickle; this module only reads it, and never changes the
Classifier it is given, so what a guess reports comes from one read.
"""

import logging
from collections import namedtuple

from django.conf import settings
from django.db import connection

from drawings import training_set
from drawings.models import Classifier, row_query
from drawings.pipeline_cache import loaded_pipelines
from emojisite.process_cache import ProcessCache

logger = logging.getLogger(__name__)

# The pipeline a guess is made with, and the version and staleness of the classifier row it was
# read with.
Loaded = namedtuple("Loaded", "pipeline version stale")
# A classifier row as read for its pickle.
Stored = namedtuple("Stored", "version n_samples pickle stale")


class ClassifierUnavailable(Exception):
    """The stored pipeline can't be loaded, and retraining it failed too."""


# User id → Classifier.state_of, the versions of the classifier this process read for guesses,
# under the user's classifier generation in the shared cache when it was read (every change to
# the versions replaces it: Classifier.note_change, drawings.training), for at most
# API_TOKEN_CACHE_SECONDS: a guess by a checked token then reads no database at all.
known_states = ProcessCache("classifier states", max_entries=100_000)


def classifier_state(user):
    """The versions of the user's classifier a guess reports and loads: from this process's
    memory when authentication read the user's classifier generation (a checked token), else
    from the database."""
    generation = getattr(user, "classifier_generation", None)
    if generation is None:
        return Classifier.state_of(user.pk)
    found = known_states.entry(user.pk)
    if found is not None and found[0] == generation:
        return found[1]
    state = Classifier.state_of(user.pk)
    known_states.put(user.pk, generation, state, seconds=settings.API_TOKEN_CACHE_SECONDS)
    return state


def load(classifier):
    """The pipeline of the user's classifier (None if it was trained on no samples), with the
    version and staleness to report beside it.

    `classifier` is the row as the request read it; its pipeline comes from this process's cache
    when the cache holds that version. Otherwise the row is read again with its pickle, which
    may be newer if another process stored one since: then the version and staleness are that
    read's. A stored pipeline that is missing or can't be unpickled is logged and retrained; if
    that fails too, ClassifierUnavailable is raised.
    """
    pipeline = loaded_pipelines.get(classifier.user_id, classifier.version)
    if pipeline is not None:
        return Loaded(pipeline, classifier.version, classifier.stale)
    from drawings.ml import persistence  # see drawings.training, SLOW_IMPORT

    stored = stored_pickle(classifier.user_id)
    if stored.pickle is None and not stored.n_samples:
        return Loaded(None, stored.version, stored.stale)  # trained on no samples at all
    try:
        return cached(classifier.user_id, stored, persistence.unpickled(stored.pickle))
    except Exception as error:
        problem = "missing" if stored.pickle is None else f"unreadable ({error!r})"
        logger.error(
            "The pipeline of user %s (v%s) is %s; retraining.",
            classifier.user_id,
            stored.version,
            problem,
        )
    return retrain_unloadable(classifier.user_id)


def cached(user_id, stored, pipeline):
    if pipeline is not None:
        loaded_pipelines.put(user_id, stored.version, pipeline)
    return Loaded(pipeline, stored.version, stored.stale)


def stored_pickle(user_id):
    """The user's classifier row as `Stored`: version, n_samples, pickle and staleness.

    PostgreSQL is asked for the row in binary: by default psycopg asks for text, in which the
    pickle travels hex-encoded, several times slower to read (docs/performance.md). Binary
    results need the server-side binding the settings turn on (psycopg's client-side
    cursors refuse them).
    """
    columns = ("version", "n_samples", "pickle", "data_version", "trained_data_version")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            from psycopg.pq import Format

            cursor.cursor.format = Format.BINARY  # psycopg's own cursor, under Django's wrapper
        cursor.execute(row_query(columns), [user_id])
        found = cursor.fetchone()
    if found is None:
        raise Classifier.DoesNotExist
    version, n_samples, pickle, data_version, trained_data_version = found
    return Stored(version, n_samples, pickle, data_version != trained_data_version)


def retrain_unloadable(user_id):
    """`Loaded` from a fresh retrain, or ClassifierUnavailable, logged."""
    from drawings.ml import persistence  # see drawings.training, SLOW_IMPORT

    try:
        classifier = training_set.retrain_at_once(user_id)
        pickle = classifier.pickle
        pipeline = None if pickle is None else persistence.unpickled(pickle)
        stored = Stored(classifier.version, classifier.n_samples, pickle, classifier.stale)
        return cached(user_id, stored, pipeline)
    except Exception as error:
        logger.exception("Retraining the unloadable pipeline of user %s failed.", user_id)
        raise ClassifierUnavailable() from error
