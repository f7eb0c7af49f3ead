
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "%(count)s test drawing": [
      "%(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631",
      "%(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631",
      "%(count)s \u0631\u0633\u0645\u062a\u0627 \u0627\u062e\u062a\u0628\u0627\u0631",
      "%(count)s \u0631\u0633\u0645\u0627\u062a \u0627\u062e\u062a\u0628\u0627\u0631",
      "%(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631",
      "%(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631"
    ],
    "%(count)s training drawing": [
      "%(count)s \u0631\u0633\u0645\u0629 \u062a\u062f\u0631\u064a\u0628",
      "%(count)s \u0631\u0633\u0645\u0629 \u062a\u062f\u0631\u064a\u0628",
      "%(count)s \u0631\u0633\u0645\u062a\u0627 \u062a\u062f\u0631\u064a\u0628",
      "%(count)s \u0631\u0633\u0645\u0627\u062a \u062a\u062f\u0631\u064a\u0628",
      "%(count)s \u0631\u0633\u0645\u0629 \u062a\u062f\u0631\u064a\u0628",
      "%(count)s \u0631\u0633\u0645\u0629 \u062a\u062f\u0631\u064a\u0628"
    ],
    "%(label)s is often taken for %(other)s.": "\u0643\u062b\u064a\u0631\u064b\u0627 \u0645\u0627 \u062a\u064f\u062e\u0645\u064e\u0651\u0646 %(label)s \u0639\u0644\u0649 \u0623\u0646\u0647\u0627 %(other)s.",
    "+%(count)s test": [
      "+%(count)s \u0627\u062e\u062a\u0628\u0627\u0631",
      "+%(count)s \u0627\u062e\u062a\u0628\u0627\u0631",
      "+%(count)s \u0627\u062e\u062a\u0628\u0627\u0631",
      "+%(count)s \u0627\u062e\u062a\u0628\u0627\u0631",
      "+%(count)s \u0627\u062e\u062a\u0628\u0627\u0631",
      "+%(count)s \u0627\u062e\u062a\u0628\u0627\u0631"
    ],
    "Added label %(label)s.": "\u062a\u0645\u062a \u0625\u0636\u0627\u0641\u0629 \u0627\u0644\u062a\u0633\u0645\u064a\u0629 %(label)s.",
    "Another quiz": "\u0645\u0633\u0627\u0628\u0642\u0629 \u0623\u062e\u0631\u0649",
    "Choose a samples.txt first.": "\u0627\u062e\u062a\u0631 \u0645\u0644\u0641 samples.txt \u0623\u0648\u0644\u064b\u0627.",
    "Copied to the clipboard.": "\u062a\u0645 \u0627\u0644\u0646\u0633\u062e \u0625\u0644\u0649 \u0627\u0644\u062d\u0627\u0641\u0638\u0629.",
    "Could not reach the server. Check your connection and try again.": "\u062a\u0639\u0630\u0651\u0631 \u0627\u0644\u0648\u0635\u0648\u0644 \u0625\u0644\u0649 \u0627\u0644\u062e\u0627\u062f\u0645. \u062a\u062d\u0642\u0642 \u0645\u0646 \u0627\u062a\u0635\u0627\u0644\u0643 \u0648\u062d\u0627\u0648\u0644 \u0645\u0631\u0629 \u0623\u062e\u0631\u0649.",
    "Couldn't copy here: the token is selected, press Ctrl+C (\u2318C on a Mac).": "\u062a\u0639\u0630\u0651\u0631 \u0627\u0644\u0646\u0633\u062e \u0647\u0646\u0627: \u0627\u0644\u0631\u0645\u0632 \u0645\u062d\u062f\u064e\u0651\u062f\u060c \u0627\u0636\u063a\u0637 Ctrl+C (\u0623\u0648 \u2318C \u0639\u0644\u0649 Mac).",
    "Delete all %(count)s %(label)s drawing? This can't be undone.": [
      "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0643\u0644 \u0631\u0633\u0645\u0627\u062a %(label)s (%(count)s)\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627.",
      "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0631\u0633\u0645\u0629 %(label)s (%(count)s)\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627.",
      "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0631\u0633\u0645\u062a\u064e\u064a %(label)s (%(count)s)\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627.",
      "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0643\u0644 \u0631\u0633\u0645\u0627\u062a %(label)s (%(count)s)\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627.",
      "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0643\u0644 \u0631\u0633\u0645\u0627\u062a %(label)s (%(count)s)\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627.",
      "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0643\u0644 \u0631\u0633\u0645\u0627\u062a %(label)s (%(count)s)\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627."
    ],
    "Delete all your samples? This can't be undone.": "\u0647\u0644 \u062a\u062d\u0630\u0641 \u0643\u0644 \u0639\u064a\u0646\u0627\u062a\u0643\u061f \u0644\u0627 \u064a\u0645\u0643\u0646 \u0627\u0644\u062a\u0631\u0627\u062c\u0639 \u0639\u0646 \u0647\u0630\u0627.",
    "Deleted %(count)s drawing of %(label)s.": [
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0631\u0633\u0645\u0629 \u0645\u0646 %(label)s.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0631\u0633\u0645\u0629 \u0645\u0646 %(label)s.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0631\u0633\u0645\u062a\u064a\u0646 \u0645\u0646 %(label)s.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0631\u0633\u0645\u0627\u062a \u0645\u0646 %(label)s.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0631\u0633\u0645\u0629 \u0645\u0646 %(label)s.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0631\u0633\u0645\u0629 \u0645\u0646 %(label)s."
    ],
    "Deleted %(count)s sample.": [
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0639\u064a\u0646\u0629.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0639\u064a\u0646\u0629.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0639\u064a\u0646\u062a\u064a\u0646.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0639\u064a\u0646\u0627\u062a.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0639\u064a\u0646\u0629.",
      "\u062a\u0645 \u062d\u0630\u0641 %(count)s \u0639\u064a\u0646\u0629."
    ],
    "Deleted the drawing; the model retrains without it.": "\u062a\u0645 \u062d\u0630\u0641 \u0627\u0644\u0631\u0633\u0645\u0629\u061b \u0648\u0633\u064a\u064f\u0639\u0627\u062f \u062a\u062f\u0631\u064a\u0628 \u0627\u0644\u0646\u0645\u0648\u0630\u062c \u0628\u062f\u0648\u0646\u0647\u0627.",
    "Discarded the quiz drawing.": "\u062a\u0645 \u0625\u0644\u063a\u0627\u0621 \u0631\u0633\u0645\u0629 \u0627\u0644\u0645\u0633\u0627\u0628\u0642\u0629.",
    "Draw %(label)s": "\u0627\u0631\u0633\u0645 %(label)s",
    "Draw more %(label)s.": "\u0627\u0631\u0633\u0645 \u0627\u0644\u0645\u0632\u064a\u062f \u0645\u0646 %(label)s.",
    "Draw something": "\u0627\u0631\u0633\u0645 \u0634\u064a\u0626\u064b\u0627",
    "Drawing %(round)s of %(rounds)s. Press \u201cDone\u201d when it is finished.": "\u0627\u0644\u0631\u0633\u0645\u0629 %(round)s \u0645\u0646 %(rounds)s. \u0627\u0636\u063a\u0637 \u00ab\u0627\u0646\u062a\u0647\u064a\u062a\u00bb \u0639\u0646\u062f\u0645\u0627 \u062a\u0646\u062a\u0647\u064a \u0645\u0646\u0647\u0627.",
    "Drawing deleted.": "\u062a\u0645 \u062d\u0630\u0641 \u0627\u0644\u0631\u0633\u0645\u0629.",
    "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "\u062e\u0645\u0651\u0646 \u0628\u0634\u0643\u0644 \u0635\u062d\u064a\u062d \u0641\u064a %(percent)s \u0645\u0646 \u0627\u0644\u0645\u0631\u0627\u062a (\u062a\u062d\u0642\u0642 \u0645\u062a\u0642\u0627\u0637\u0639 \u0639\u0644\u0649 %(folds)s \u0623\u062c\u0632\u0627\u0621).",
    "Imported %(count)s drawing (%(labels)s).": [
      "\u062a\u0645 \u0627\u0633\u062a\u064a\u0631\u0627\u062f %(count)s \u0631\u0633\u0645\u0629 (%(labels)s).",
      "\u062a\u0645 \u0627\u0633\u062a\u064a\u0631\u0627\u062f %(count)s \u0631\u0633\u0645\u0629 (%(labels)s).",
      "\u062a\u0645 \u0627\u0633\u062a\u064a\u0631\u0627\u062f %(count)s \u0631\u0633\u0645\u062a\u064a\u0646 (%(labels)s).",
      "\u062a\u0645 \u0627\u0633\u062a\u064a\u0631\u0627\u062f %(count)s \u0631\u0633\u0645\u0627\u062a (%(labels)s).",
      "\u062a\u0645 \u0627\u0633\u062a\u064a\u0631\u0627\u062f %(count)s \u0631\u0633\u0645\u0629 (%(labels)s).",
      "\u062a\u0645 \u0627\u0633\u062a\u064a\u0631\u0627\u062f %(count)s \u0631\u0633\u0645\u0629 (%(labels)s)."
    ],
    "Importing\u2026": "\u062c\u0627\u0631\u064d \u0627\u0644\u0627\u0633\u062a\u064a\u0631\u0627\u062f\u2026",
    "It could not guess it: wrong.": "\u0644\u0645 \u064a\u0633\u062a\u0637\u0639 \u062a\u062e\u0645\u064a\u0646\u0647\u0627: \u062e\u0637\u0623.",
    "It guessed %(guess)s: right!": "\u062e\u0645\u0651\u0646 %(guess)s: \u0635\u062d\u064a\u062d!",
    "It guessed %(guess)s: wrong.": "\u062e\u0645\u0651\u0646 %(guess)s: \u062e\u0637\u0623.",
    "Keep for testing": "\u0627\u062d\u0641\u0638\u0647\u0627 \u0644\u0644\u0627\u062e\u062a\u0628\u0627\u0631",
    "Keep this %(label)s drawing for testing": "\u0627\u062d\u062a\u0641\u0638 \u0628\u0631\u0633\u0645\u0629 %(label)s \u0647\u0630\u0647 \u0644\u0644\u0627\u062e\u062a\u0628\u0627\u0631",
    "Kept as a %(label)s test drawing: %(count)s test drawing.": [
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0631\u0633\u0645\u062a\u0627 \u0627\u062e\u062a\u0628\u0627\u0631.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0631\u0633\u0645\u0627\u062a \u0627\u062e\u062a\u0628\u0627\u0631.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0631\u0633\u0645\u0629 \u0627\u062e\u062a\u0628\u0627\u0631."
    ],
    "Kept the %(label)s drawing for testing: the model won't learn from it.": "\u062d\u064f\u0641\u0638\u062a \u0631\u0633\u0645\u0629 %(label)s \u0644\u0644\u0627\u062e\u062a\u0628\u0627\u0631: \u0644\u0646 \u064a\u062a\u0639\u0644\u0645 \u0627\u0644\u0646\u0645\u0648\u0630\u062c \u0645\u0646\u0647\u0627.",
    "Kept the drawing.": "\u062a\u0645 \u0627\u0644\u0625\u0628\u0642\u0627\u0621 \u0639\u0644\u0649 \u0627\u0644\u0631\u0633\u0645\u0629.",
    "Line %(line)s: %(error)s": "\u0627\u0644\u0633\u0637\u0631 %(line)s: %(error)s",
    "Moved %(label)s down.": "\u062a\u0645 \u0646\u0642\u0644 %(label)s \u0644\u0623\u0633\u0641\u0644.",
    "Moved %(label)s up.": "\u062a\u0645 \u0646\u0642\u0644 %(label)s \u0644\u0623\u0639\u0644\u0649.",
    "Moved the drawing to %(label)s.": "\u062a\u0645 \u0646\u0642\u0644 \u0627\u0644\u0631\u0633\u0645\u0629 \u0625\u0644\u0649 %(label)s.",
    "Moved the drawing to %(label)s; the model retrains on it.": "\u062a\u0645 \u0646\u0642\u0644 \u0627\u0644\u0631\u0633\u0645\u0629 \u0625\u0644\u0649 %(label)s\u061b \u0648\u0633\u064a\u064f\u0639\u0627\u062f \u062a\u062f\u0631\u064a\u0628 \u0627\u0644\u0646\u0645\u0648\u0630\u062c \u0639\u0644\u064a\u0647\u0627.",
    "No guess yet.": "\u0644\u0627 \u064a\u0648\u062c\u062f \u062a\u062e\u0645\u064a\u0646 \u0628\u0639\u062f.",
    "No labels yet: add one under Training Data.": "\u0644\u0627 \u062a\u0648\u062c\u062f \u062a\u0633\u0645\u064a\u0627\u062a \u0628\u0639\u062f: \u0623\u0636\u0641 \u0648\u0627\u062d\u062f\u0629 \u0641\u064a \u00ab\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u062a\u062f\u0631\u064a\u0628\u00bb.",
    "No labels.": "\u0644\u0627 \u062a\u0648\u062c\u062f \u062a\u0633\u0645\u064a\u0627\u062a.",
    "No model yet": "\u0644\u0627 \u064a\u0648\u062c\u062f \u0646\u0645\u0648\u0630\u062c \u0628\u0639\u062f",
    "Not sure: maybe %(guess)s?": "\u0644\u0633\u062a \u0645\u062a\u0623\u0643\u062f\u064b\u0627: \u0631\u0628\u0645\u0627 %(guess)s\u061f",
    "On %(count)s drawing it has never seen: %(percent)s right.": [
      "\u0639\u0644\u0649 %(count)s \u0631\u0633\u0645\u0629 \u0644\u0645 \u064a\u0631\u0647\u0627 \u0645\u0646 \u0642\u0628\u0644: \u0646\u0633\u0628\u0629 \u0627\u0644\u0635\u0648\u0627\u0628 %(percent)s.",
      "\u0639\u0644\u0649 %(count)s \u0631\u0633\u0645\u0629 \u0644\u0645 \u064a\u0631\u0647\u0627 \u0645\u0646 \u0642\u0628\u0644: \u0646\u0633\u0628\u0629 \u0627\u0644\u0635\u0648\u0627\u0628 %(percent)s.",
      "\u0639\u0644\u0649 %(count)s \u0631\u0633\u0645\u062a\u064a\u0646 \u0644\u0645 \u064a\u0631\u0647\u0645\u0627 \u0645\u0646 \u0642\u0628\u0644: \u0646\u0633\u0628\u0629 \u0627\u0644\u0635\u0648\u0627\u0628 %(percent)s.",
      "\u0639\u0644\u0649 %(count)s \u0631\u0633\u0645\u0627\u062a \u0644\u0645 \u064a\u0631\u0647\u0627 \u0645\u0646 \u0642\u0628\u0644: \u0646\u0633\u0628\u0629 \u0627\u0644\u0635\u0648\u0627\u0628 %(percent)s.",
      "\u0639\u0644\u0649 %(count)s \u0631\u0633\u0645\u0629 \u0644\u0645 \u064a\u0631\u0647\u0627 \u0645\u0646 \u0642\u0628\u0644: \u0646\u0633\u0628\u0629 \u0627\u0644\u0635\u0648\u0627\u0628 %(percent)s.",
      "\u0639\u0644\u0649 %(count)s \u0631\u0633\u0645\u0629 \u0644\u0645 \u064a\u0631\u0647\u0627 \u0645\u0646 \u0642\u0628\u0644: \u0646\u0633\u0628\u0629 \u0627\u0644\u0635\u0648\u0627\u0628 %(percent)s."
    ],
    "Quiz over: your model got %(right)s of %(round)s right.": "\u0627\u0646\u062a\u0647\u062a \u0627\u0644\u0645\u0633\u0627\u0628\u0642\u0629: \u0623\u0635\u0627\u0628 \u0646\u0645\u0648\u0630\u062c\u0643 \u0641\u064a %(right)s \u0645\u0646 %(round)s.",
    "Quiz stopped. The drawings you finished are kept as test drawings.": "\u062a\u0648\u0642\u0641\u062a \u0627\u0644\u0645\u0633\u0627\u0628\u0642\u0629. \u0627\u0644\u0631\u0633\u0645\u0627\u062a \u0627\u0644\u062a\u064a \u0623\u0646\u0647\u064a\u062a\u0647\u0627 \u0645\u062d\u0641\u0648\u0638\u0629 \u0643\u0631\u0633\u0645\u0627\u062a \u0627\u062e\u062a\u0628\u0627\u0631.",
    "Remove %(label)s and its %(count)s drawing?": [
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0631\u0633\u0645\u0629\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0631\u0633\u0645\u0629\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0631\u0633\u0645\u062a\u064a\u0646\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0631\u0633\u0645\u0627\u062a\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0631\u0633\u0645\u0629\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0631\u0633\u0645\u0629\u061f"
    ],
    "Remove %(label)s and its %(count)s sample?": [
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0639\u064a\u0646\u0629\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0639\u064a\u0646\u0629\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0639\u064a\u0646\u062a\u064a\u0646\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0639\u064a\u0646\u0627\u062a\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0639\u064a\u0646\u0629\u061f",
      "\u0647\u0644 \u062a\u0632\u064a\u0644 %(label)s \u0645\u0639 %(count)s \u0639\u064a\u0646\u0629\u061f"
    ],
    "Remove label": "\u0623\u0632\u0650\u0644 \u0627\u0644\u062a\u0633\u0645\u064a\u0629",
    "Remove label %(label)s": "\u0623\u0632\u0650\u0644 \u0627\u0644\u062a\u0633\u0645\u064a\u0629 %(label)s",
    "Removed label %(label)s.": "\u062a\u0645\u062a \u0625\u0632\u0627\u0644\u0629 \u0627\u0644\u062a\u0633\u0645\u064a\u0629 %(label)s.",
    "Saved as %(label)s: %(count)s sample.": [
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0640 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0639\u064a\u0646\u0629.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0640 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0639\u064a\u0646\u0629.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0640 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0639\u064a\u0646\u062a\u0627\u0646.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0640 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0639\u064a\u0646\u0627\u062a.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0640 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0639\u064a\u0646\u0629.",
      "\u062d\u064f\u0641\u0638\u062a \u0643\u0640 %(label)s: \u0635\u0627\u0631 \u0644\u062f\u064a\u0643 %(count)s \u0639\u064a\u0646\u0629."
    ],
    "Score: %(right)s of %(round)s": "\u0627\u0644\u0646\u062a\u064a\u062c\u0629: %(right)s \u0645\u0646 %(round)s",
    "Submit %(label)s": "\u0623\u0631\u0633\u0644 %(label)s",
    "Submit as %(label)s": "\u0623\u0631\u0633\u0644\u0647\u0627 \u0643\u0640 %(label)s",
    "The canvas is empty: draw %(label)s first.": "\u0644\u0648\u062d\u0629 \u0627\u0644\u0631\u0633\u0645 \u0641\u0627\u0631\u063a\u0629: \u0627\u0631\u0633\u0645 %(label)s \u0623\u0648\u0644\u064b\u0627.",
    "The canvas is empty: draw something first, then submit it.": "\u0644\u0648\u062d\u0629 \u0627\u0644\u0631\u0633\u0645 \u0641\u0627\u0631\u063a\u0629: \u0627\u0631\u0633\u0645 \u0634\u064a\u0626\u064b\u0627 \u0623\u0648\u0644\u064b\u0627\u060c \u062b\u0645 \u0623\u0631\u0633\u0644\u0647.",
    "The drawing was not deleted: %(why)s": "\u0644\u0645 \u062a\u064f\u062d\u0630\u0641 \u0627\u0644\u0631\u0633\u0645\u0629: %(why)s",
    "The model now learns from the %(label)s drawing.": "\u0635\u0627\u0631 \u0627\u0644\u0646\u0645\u0648\u0630\u062c \u064a\u062a\u0639\u0644\u0645 \u0645\u0646 \u0631\u0633\u0645\u0629 %(label)s.",
    "The server answered %(status)s %(reason)s.": "\u0631\u062f\u0651 \u0627\u0644\u062e\u0627\u062f\u0645 \u0628\u0640 %(status)s %(reason)s.",
    "The server answered %(status)s.": "\u0631\u062f\u0651 \u0627\u0644\u062e\u0627\u062f\u0645 \u0628\u0640 %(status)s.",
    "Train at least two labels first: the quiz asks for them.": "\u062f\u0631\u0651\u0628 \u062a\u0633\u0645\u064a\u062a\u064a\u0646 \u0639\u0644\u0649 \u0627\u0644\u0623\u0642\u0644 \u0623\u0648\u0644\u064b\u0627: \u0627\u0644\u0645\u0633\u0627\u0628\u0642\u0629 \u062a\u0637\u0644\u0628 \u0645\u0646\u0643 \u0631\u0633\u0645\u0647\u0645\u0627.",
    "Train on it": "\u062f\u0631\u0651\u0628 \u0639\u0644\u064a\u0647\u0627",
    "Train on this %(label)s drawing": "\u062f\u0631\u0651\u0628 \u0639\u0644\u0649 \u0631\u0633\u0645\u0629 %(label)s \u0647\u0630\u0647",
    "Trained on %(count)s sample": [
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u062a\u064a\u0646",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0627\u062a",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629"
    ],
    "Trained on %(count)s sample at %(time)s": [
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629 \u0639\u0646\u062f %(time)s",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629 \u0639\u0646\u062f %(time)s",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u062a\u064a\u0646 \u0639\u0646\u062f %(time)s",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0627\u062a \u0639\u0646\u062f %(time)s",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629 \u0639\u0646\u062f %(time)s",
      "\u062f\u064f\u0631\u0650\u0651\u0628 \u0639\u0644\u0649 %(count)s \u0639\u064a\u0646\u0629 \u0639\u0646\u062f %(time)s"
    ],
    "Type an emoji or a short word.": "\u0627\u0643\u062a\u0628 \u0625\u064a\u0645\u0648\u062c\u064a \u0623\u0648 \u0643\u0644\u0645\u0629 \u0642\u0635\u064a\u0631\u0629.",
    "Waiting for training": "\u0641\u064a \u0627\u0646\u062a\u0638\u0627\u0631 \u0627\u0644\u062a\u062f\u0631\u064a\u0628",
    "drawings kept for testing\u0004test": "\u0627\u062e\u062a\u0628\u0627\u0631",
    "your %(label)s drawing, open it in your samples": "\u0631\u0633\u0645\u062a\u0643 %(label)s\u060c \u0627\u0641\u062a\u062d\u0647\u0627 \u0641\u064a \u0639\u064a\u0646\u0627\u062a\u0643",
    "\u2026 and %(count)s more bad line.": [
      "\u2026 \u0648%(count)s \u0633\u0637\u0631 \u062e\u0627\u0637\u0626 \u0622\u062e\u0631.",
      "\u2026 \u0648%(count)s \u0633\u0637\u0631 \u062e\u0627\u0637\u0626 \u0622\u062e\u0631.",
      "\u2026 \u0648%(count)s \u0633\u0637\u0631\u0627\u0646 \u062e\u0627\u0637\u0626\u0627\u0646 \u0622\u062e\u0631\u0627\u0646.",
      "\u2026 \u0648%(count)s \u0623\u0633\u0637\u0631 \u062e\u0627\u0637\u0626\u0629 \u0623\u062e\u0631\u0649.",
      "\u2026 \u0648%(count)s \u0633\u0637\u0631\u064b\u0627 \u062e\u0627\u0637\u0626\u064b\u0627 \u0622\u062e\u0631.",
      "\u2026 \u0648%(count)s \u0633\u0637\u0631 \u062e\u0627\u0637\u0626 \u0622\u062e\u0631."
    ]
  };
  for (const key in newcatalog) {
    django.catalog[key] = newcatalog[key];
  }
  

  if (!django.jsi18n_initialized) {
    django.gettext = function(msgid) {
      const value = django.catalog[msgid];
      if (typeof value === 'undefined') {
        return msgid;
      } else {
        return (typeof value === 'string') ? value : value[0];
      }
    };

    django.ngettext = function(singular, plural, count) {
      const value = django.catalog[singular];
      if (typeof value === 'undefined') {
        return (count == 1) ? singular : plural;
      } else {
        return value.constructor === Array ? value[django.pluralidx(count)] : value;
      }
    };

    django.gettext_noop = function(msgid) { return msgid; };

    django.pgettext = function(context, msgid) {
      let value = django.gettext(context + '\x04' + msgid);
      if (value.includes('\x04')) {
        value = msgid;
      }
      return value;
    };

    django.npgettext = function(context, singular, plural, count) {
      let value = django.ngettext(context + '\x04' + singular, context + '\x04' + plural, count);
      if (value.includes('\x04')) {
        value = django.ngettext(singular, plural, count);
      }
      return value;
    };

    django.interpolate = function(fmt, obj, named) {
      if (named) {
        return fmt.replace(/%\(\w+\)s/g, function(match){return String(obj[match.slice(2,-2)])});
      } else {
        return fmt.replace(/%s/g, function(match){return String(obj.shift())});
      }
    };


    /* formatting library */

    django.formats = {
    "DATETIME_FORMAT": "N j, Y, P",
    "DATETIME_INPUT_FORMATS": [
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%m/%d/%Y %H:%M:%S",
      "%m/%d/%Y %H:%M:%S.%f",
      "%m/%d/%Y %H:%M",
      "%m/%d/%y %H:%M:%S",
      "%m/%d/%y %H:%M:%S.%f",
      "%m/%d/%y %H:%M"
    ],
    "DATE_FORMAT": "j F\u060c Y",
    "DATE_INPUT_FORMATS": [
      "%Y-%m-%d",
      "%m/%d/%Y",
      "%m/%d/%y",
      "%b %d %Y",
      "%b %d, %Y",
      "%d %b %Y",
      "%d %b, %Y",
      "%B %d %Y",
      "%B %d, %Y",
      "%d %B %Y",
      "%d %B, %Y"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 0,
    "MONTH_DAY_FORMAT": "j F",
    "NUMBER_GROUPING": 0,
    "SHORT_DATETIME_FORMAT": "m/d/Y P",
    "SHORT_DATE_FORMAT": "d\u200f/m\u200f/Y",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "g:i A",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F Y"
  };

    django.get_format = function(format_type) {
      const value = django.formats[format_type];
      if (typeof value === 'undefined') {
        return format_type;
      } else {
        return value;
      }
    };

    /* add to global namespace */
    globals.pluralidx = django.pluralidx;
    globals.gettext = django.gettext;
    globals.ngettext = django.ngettext;
    globals.gettext_noop = django.gettext_noop;
    globals.pgettext = django.pgettext;
    globals.npgettext = django.npgettext;
    globals.interpolate = django.interpolate;
    globals.get_format = django.get_format;

    django.jsi18n_initialized = true;
  }
};

