"""The teaching app's /guess, for comparison: Flask, one global decision tree, no accounts.

Fit at start on the JSON lines of the file named by TEACHING_SAMPLES, like the teaching app's
samples.txt; answers with the request plus "guess", as the teaching app does.

With ACCOUNTS_DATABASE_URL set, /guess first looks the request's token up in the site's tables,
in one indexed query as the site does, and answers 401 to an unknown one: the replica with
accounts, to tell how much of the site's cost is knowing who asks.
"""

import hashlib
import json
import os
import sqlite3
import threading

import numpy as np
from flask import Flask, abort, jsonify, request
from sklearn.tree import DecisionTreeClassifier


def fit(path):
    lines = [json.loads(line) for line in open(path, encoding="utf-8")]
    features = np.array([np.ravel(line["features"]) for line in lines])
    return DecisionTreeClassifier().fit(features, [line["label"] for line in lines])


class Accounts:
    """The site's tokens, read through one connection per thread."""

    QUERY = (
        "SELECT auth_user.id FROM accounts_apitoken JOIN auth_user"
        " ON auth_user.id = accounts_apitoken.user_id"
        " WHERE accounts_apitoken.key_hash = {} AND auth_user.is_active"
    )

    def __init__(self, url):
        self.url = url
        self.sqlite = url.startswith("sqlite:///")
        self.query = self.QUERY.format("?" if self.sqlite else "%s")
        self.local = threading.local()

    def connection(self):
        if not hasattr(self.local, "connection"):
            if self.sqlite:
                self.local.connection = sqlite3.connect(self.url.removeprefix("sqlite:///"))
            else:
                import psycopg

                self.local.connection = psycopg.connect(self.url, autocommit=True)
        return self.local.connection

    def known(self, key):
        key_hash = hashlib.sha256(key.encode()).hexdigest()  # tokens are stored hashed
        return self.connection().execute(self.query, [key_hash]).fetchone() is not None


app = Flask(__name__)
model = fit(os.environ["TEACHING_SAMPLES"])
accounts_url = os.environ.get("ACCOUNTS_DATABASE_URL")
accounts = Accounts(accounts_url) if accounts_url else None


@app.post("/guess")
def guess():
    if accounts is not None:
        scheme, _, key = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Token" or not accounts.known(key):
            abort(401)
    body = request.get_json()
    body["guess"] = str(model.predict(np.ravel(body["features"]).reshape(1, -1))[0])
    return jsonify(body)
