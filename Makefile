PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: run serve worker test test-all lint format clean messages catalogs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when a requirements file changes.
$(VENV)/.installed: requirements.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

# Development: DEBUG on unless set, so the built-in development SECRET_KEY is accepted.
run: export DEBUG ?= true
run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py runserver $(HOST)

# Production serving: gunicorn (gunicorn.conf.py) with WhiteNoise; settings from the environment
# (docs/deploy.md). With TASKS_BACKEND=database, run `make worker` beside it.
serve: export STATIC_MANIFEST = true
serve: $(VENV)/.installed
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py collectstatic --no-input --verbosity 0
	$(BIN)/gunicorn emojisite.wsgi

# A retrain worker (docs/deploy.md). One thread for numpy's and SciPy's linear algebra, as
# gunicorn.conf.py gives the web processes: worker processes are the parallelism, and on a host
# that also serves, a second BLAS thread only spins against the guesses.
worker: export OPENBLAS_NUM_THREADS ?= 1
worker: export OMP_NUM_THREADS ?= 1
worker: export MKL_NUM_THREADS ?= 1
worker: $(VENV)/.installed
	$(BIN)/python manage.py db_worker --interval $${WORKER_INTERVAL:-0.2} --no-reload

# The tests run in parallel, one worker per core (pytest-xdist). `make test` is the fast tier:
# everything but the slow tiers marked in pyproject.toml; `make test-all` runs every tier, the
# fuzz tier after the others in one process: schemathesis gives all its cases one test id, which
# xdist can't spread over workers, and its last test checks what all the others answered.
FAST_TIER := not browser and not processes and not fuzz and not estimator_checks and not slow

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -n auto -m "$(FAST_TIER)" $(PYTEST_ARGS)

test-all: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -n auto -m "not fuzz" $(PYTEST_ARGS)
	$(BIN)/python -m pytest -n 0 -m fuzz $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Translations (docs/translating.md): `make messages` gathers every marked string into
# locale/<language>/LC_MESSAGES/django.po (Python, templates) and djangojs.po (static/ scripts),
# then compiles them; `make catalogs` only compiles, after a translator has edited a .po file.
# Both need GNU gettext (apt-get install -y gettext).
LOCALES := es fr de pt_BR ar
MAKEMESSAGES := $(BIN)/python manage.py makemessages $(LOCALES:%=--locale=%) --no-obsolete \
	--add-location=file --ignore=staticfiles --ignore=bench --ignore=tests

messages: $(VENV)/.installed
	$(MAKEMESSAGES) --domain=django
	$(MAKEMESSAGES) --domain=djangojs --ignore=static/vendor --ignore=static/jsi18n
	$(MAKE) catalogs

catalogs: $(VENV)/.installed
	$(BIN)/python manage.py compilemessages --ignore=.venv
	$(BIN)/python manage.py compilejsi18n

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
