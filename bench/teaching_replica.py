"""The teaching app's /guess, for comparison: Flask, one global decision tree, no accounts.

Fit at start on the JSON lines of the file named by TEACHING_SAMPLES, like the teaching app's
samples.txt; answers with the request plus "guess", as the teaching app does.
"""

import json
import os

import numpy as np
from flask import Flask, jsonify, request
from sklearn.tree import DecisionTreeClassifier


def fit(path):
    lines = [json.loads(line) for line in open(path, encoding="utf-8")]
    features = np.array([np.ravel(line["features"]) for line in lines])
    return DecisionTreeClassifier().fit(features, [line["label"] for line in lines])


app = Flask(__name__)
model = fit(os.environ["TEACHING_SAMPLES"])


@app.post("/guess")
def guess():
    body = request.get_json()
    body["guess"] = str(model.predict(np.ravel(body["features"]).reshape(1, -1))[0])
    return jsonify(body)
