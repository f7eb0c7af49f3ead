"""Settings for emojisite, each read from the environment with a default that is safe to run."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


TRUE_WORDS = ("true", "1", "yes", "on")
FALSE_WORDS = ("false", "0", "no", "off")


def env_bool(name, default=False):
    """A yes/no setting; a value that is neither (HTTPS=ture) stops the start, not means no."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in TRUE_WORDS + FALSE_WORDS:
        return value in TRUE_WORDS
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is neither yes nor no: "
        f"use one of {', '.join(TRUE_WORDS)} or {', '.join(FALSE_WORDS)}."
    )


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# A development key, so that `make run` and the tests need no setup; with DEBUG off, serving or
# working with it is refused (emojisite.checks).
DEVELOPMENT_SECRET_KEY = "django-insecure-emojisite-development-key"
SECRET_KEY = os.environ.get("SECRET_KEY") or DEVELOPMENT_SECRET_KEY
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "emojisite",
    "accounts",
    "drawings",
    "classrooms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: the one chosen in the menu or kept on the account (a cookie), else the
    # browser's Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "accounts.language.AccountLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "emojisite.middleware.ContentSecurityPolicyMiddleware",
    "emojisite.middleware.BodySizeLimitMiddleware",
    "emojisite.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a flagged sign-in into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "emojisite.urls"
WSGI_APPLICATION = "emojisite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite by default; DATABASE_URL=postgres://user@host:5432/name for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Added to what DATABASE_URL's query string gives (?sslmode=require, ...), not in its place.
database_options = DATABASES["default"].setdefault("OPTIONS", {})
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue for the lock instead of failing with "database is locked".
    database_options.update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
    # A file, not memory, so that processes the tests start (retrain --jobs) share it.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters travel apart from the SQL, a pickled pipeline as raw bytes rather than escaped
    # into the query's text (docs/performance.md). Reading one in binary
    # (drawings.storage.stored_pickle) needs it too.
    database_options["server_side_binding"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "draw"
LOGOUT_REDIRECT_URL = "login"

# Password-reset links are printed to the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "emojisite <noreply@localhost>")

# The languages the site speaks (docs/translating.md): English, and a catalog in locale/ for each
# other one. The menu names each in itself.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("pt-br", "Português (Brasil)"),
    ("ar", "العربية"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["emojisite.formats"]
# The menu's choice outlives the session, so a shared classroom computer keeps its language.
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))

# --- Abuse and hardening (see docs/reliability.md) ------------------------------------------------
# Request bodies other than file uploads: Django's default, also enforced on the API's JSON and
# form bodies (DRF reads them past Django's own check); a larger body gets 413.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", 2_621_440))
# How many reverse proxies in front of the site append to X-Forwarded-For; 0 trusts only the
# socket's address, so clients can't pick their own IP for throttles and lockouts.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
REST_FRAMEWORK = {
    # Token first, so a request without credentials gets 401 with a WWW-Authenticate header.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "emojisite.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "emojisite.api.schema.ErrorsAutoSchema",
    "NUM_PROXIES": TRUSTED_PROXIES,
    "DEFAULT_PARSER_CLASSES": [
        "emojisite.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # Per user (per IP without credentials), counted in the default cache; over the rate is a 429.
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
        "rest_framework.throttling.ScopedRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("THROTTLE_ANON", "30/minute"),
        "user": os.environ.get("THROTTLE_USER", "1200/minute"),
        # The drawing page asks for a guess at most every 150 ms while the pen moves.
        "predict": os.environ.get("THROTTLE_PREDICT", "10/second"),
        "train": os.environ.get("THROTTLE_TRAIN", "60/minute"),
        "delete": os.environ.get("THROTTLE_DELETE", "30/minute"),
        # Joining a class by code: with 31**8 codes, guessing one at this rate is hopeless.
        "join": os.environ.get("THROTTLE_JOIN", "20/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "emojisite API",
    "DESCRIPTION": "Train and query your personal emoji-drawing classifier.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Request bodies get components of their own, which state what a request must hold (a
    # username that is not blank) without the answer's read-only fields.
    "COMPONENT_SPLIT_REQUEST": True,
    # PATCH /api/samples/{id}/ needs its one field, as the schema then says.
    "COMPONENT_SPLIT_PATCH": False,
    # Every error answer is one of the named shapes of emojisite.api.errors.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "emojisite.api.schema.add_error_components",
    ],
}

# django-axes: failed sign-ins (pages, admin and /api/token/) are recorded in the database, so
# every process sees them. A username is locked after AXES_FAILURE_LIMIT failures from any
# addresses together; an address only after AXES_ADDRESS_FAILURE_LIMIT failures across
# usernames, as a whole school signs in from one (accounts.lockout). Locked is 429 until
# AXES_COOLOFF_MINUTES have passed without a failure.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "accounts.lockout.SchoolAddressHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_ADDRESS_FAILURE_LIMIT = int(os.environ.get("AXES_ADDRESS_FAILURE_LIMIT", "100"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 warns that without "ip_address" in the parameters one address may try many
# usernames: accounts.lockout counts an address's failures itself, at a limit of its own.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
if TRUSTED_PROXIES:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXIES
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Whatever the deployment: no content sniffing, no framing, no full URLs in Referer to others.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Every response, the admin's included, may run scripts only from the site's own files, never
# inline ones, and load nothing from elsewhere. Styles may be inline: the model page's bars and
# the admin's thumbnails are sized in style attributes. Thumbnails are data: URIs. django-csp
# builds the header from this once per process (emojisite.middleware): no nonces, no decorators.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# One thread for numpy's and SciPy's linear algebra in every process of the site (the web
# workers, `manage.py db_worker`, `retrain --jobs`), set here because the settings are loaded
# before any app loads numpy. A guess or a fit multiplies small matrices, for which more threads
# only wait, and on a busy host their spinning multiplied the CPU time of a guess and of a
# retrain (docs/performance.md). Processes are the parallelism.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

# The estimator a new classifier is fit with (see drawings.ml.pipelines.ALGORITHMS):
# "doodle" sees drawings through features learned from real doodles and from letters: doodles
# told apart 3 to 7 points better than by "net" (the default until 7 December), digits within
# half a point (docs/classifier.md); "tree" is the teaching app's.
CLASSIFIER_ALGORITHM = os.environ.get("CLASSIFIER_ALGORITHM", "doodle")
# A label is learned from at most its newest this many drawings, which bounds a retrain's time.
CLASSIFIER_MAX_SAMPLES_PER_LABEL = int(os.environ.get("CLASSIFIER_MAX_SAMPLES_PER_LABEL", "200"))
# How long a process trusts an API token it has checked, and the classifier versions it read for
# a guess by that token, provided the shared cache says neither changed since (see
# emojisite.generations); 0 reads both from the database on every guess, as happens anyway when
# the cache is not shared (no REDIS_URL).
API_TOKEN_CACHE_SECONDS = int(os.environ.get("API_TOKEN_CACHE_SECONDS", "60"))
# How much memory each process gives the users' fitted pipelines it keeps unpickled (counted as
# the bytes of their arrays); the least recently used are dropped past it.
CLASSIFIER_CACHE_MB = int(os.environ.get("CLASSIFIER_CACHE_MB", "200"))

# The largest samples.txt an import takes, upload or API body: 200 MB holds 50,000 lines of the
# teaching app's format even when every cell is inked (a line is then under 4 KB).
SAMPLES_IMPORT_MAX_BYTES = int(os.environ.get("SAMPLES_IMPORT_MAX_MB", "200")) * 2**20

# --- Production: shared cache, task queue, static files, HTTPS -------------------------------

# Local memory by default; REDIS_URL=redis://host:6379/0 gives every process one shared cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Redis is a cache: while it is down the site answers from the database (emojisite.cache), and
# each process tries it again CACHE_RETRY_SECONDS after it failed.
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", "1"))
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "emojisite.cache.SharedRedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Where retraining runs: "immediate" in the request (one process, predict reflects the sample at
# once) or "database": a queue in the database, run by `manage.py db_worker` on any host.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}

# WhiteNoise serves the collected static files, compressed; STATIC_MANIFEST=true (after
# `collectstatic`, as `make serve` does) adds content hashes to their names so browsers keep
# them for a year.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "emojisite.storage.ManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "whitenoise.storage.CompressedStaticFilesStorage"
    },
}

# HTTPS=true when users reach the site over HTTPS (usually through a proxy that terminates TLS
# and sets X-Forwarded-Proto, which gunicorn trusts from FORWARDED_ALLOW_IPS): cookies only over
# HTTPS, a redirect from HTTP, and HSTS for a year; each can still be set on its own.
HTTPS = env_bool("HTTPS", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", HTTPS)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", HTTPS)
LANGUAGE_COOKIE_SECURE = CSRF_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        name: {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")}
        for name in ("drawings", "emojisite")
    },
}
