
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n != 1);
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
      "%(count)s Testzeichnung",
      "%(count)s Testzeichnungen"
    ],
    "%(count)s training drawing": [
      "%(count)s Trainingszeichnung",
      "%(count)s Trainingszeichnungen"
    ],
    "%(label)s is often taken for %(other)s.": "%(label)s wird oft f\u00fcr %(other)s gehalten.",
    "+%(count)s test": [
      "+%(count)s Test",
      "+%(count)s Tests"
    ],
    "Added label %(label)s.": "Label %(label)s hinzugef\u00fcgt.",
    "Another quiz": "Noch ein Quiz",
    "Choose a samples.txt first.": "W\u00e4hle zuerst eine samples.txt aus.",
    "Copied to the clipboard.": "In die Zwischenablage kopiert.",
    "Could not reach the server. Check your connection and try again.": "Der Server ist nicht erreichbar. Pr\u00fcf deine Verbindung und versuch es noch einmal.",
    "Couldn't copy here: the token is selected, press Ctrl+C (\u2318C on a Mac).": "Kopieren ging hier nicht: Das Token ist markiert, dr\u00fcck Strg+C (\u2318C auf dem Mac).",
    "Delete all %(count)s %(label)s drawing? This can't be undone.": [
      "%(count)s Zeichnung %(label)s l\u00f6schen? Das l\u00e4sst sich nicht r\u00fcckg\u00e4ngig machen.",
      "Alle %(count)s Zeichnungen %(label)s l\u00f6schen? Das l\u00e4sst sich nicht r\u00fcckg\u00e4ngig machen."
    ],
    "Delete all your samples? This can't be undone.": "Alle deine Beispiele l\u00f6schen? Das l\u00e4sst sich nicht r\u00fcckg\u00e4ngig machen.",
    "Deleted %(count)s drawing of %(label)s.": [
      "%(count)s Zeichnung von %(label)s gel\u00f6scht.",
      "%(count)s Zeichnungen von %(label)s gel\u00f6scht."
    ],
    "Deleted %(count)s sample.": [
      "%(count)s Beispiel gel\u00f6scht.",
      "%(count)s Beispiele gel\u00f6scht."
    ],
    "Deleted the drawing; the model retrains without it.": "Zeichnung gel\u00f6scht; das Modell wird ohne sie neu trainiert.",
    "Discarded the quiz drawing.": "Quiz-Zeichnung verworfen.",
    "Draw %(label)s": "Zeichne %(label)s",
    "Draw more %(label)s.": "Zeichne mehr %(label)s.",
    "Draw something": "Zeichne etwas",
    "Drawing %(round)s of %(rounds)s. Press \u201cDone\u201d when it is finished.": "Zeichnung %(round)s von %(rounds)s. Dr\u00fcck auf \u201eFertig\u201c, wenn sie fertig ist.",
    "Drawing deleted.": "Zeichnung gel\u00f6scht.",
    "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "In %(percent)s der F\u00e4lle richtig geraten (%(folds)s-fache Kreuzvalidierung).",
    "Imported %(count)s drawing (%(labels)s).": [
      "%(count)s Zeichnung importiert (%(labels)s).",
      "%(count)s Zeichnungen importiert (%(labels)s)."
    ],
    "Importing\u2026": "Wird importiert\u2026",
    "It could not guess it: wrong.": "Es konnte sie nicht raten: falsch.",
    "It guessed %(guess)s: right!": "Es hat %(guess)s geraten: richtig!",
    "It guessed %(guess)s: wrong.": "Es hat %(guess)s geraten: falsch.",
    "Keep for testing": "Zum Testen behalten",
    "Keep this %(label)s drawing for testing": "Diese Zeichnung %(label)s zum Testen behalten",
    "Kept as a %(label)s test drawing: %(count)s test drawing.": [
      "Als Testzeichnung %(label)s behalten: %(count)s Testzeichnung.",
      "Als Testzeichnung %(label)s behalten: %(count)s Testzeichnungen."
    ],
    "Kept the %(label)s drawing for testing: the model won't learn from it.": "Zeichnung %(label)s zum Testen behalten: Das Modell lernt nicht daraus.",
    "Kept the drawing.": "Zeichnung behalten.",
    "Line %(line)s: %(error)s": "Zeile %(line)s: %(error)s",
    "Moved %(label)s down.": "%(label)s nach unten verschoben.",
    "Moved %(label)s up.": "%(label)s nach oben verschoben.",
    "Moved the drawing to %(label)s.": "Zeichnung zu %(label)s verschoben.",
    "Moved the drawing to %(label)s; the model retrains on it.": "Zeichnung zu %(label)s verschoben; das Modell wird damit neu trainiert.",
    "No guess yet.": "Noch kein Tipp.",
    "No labels yet: add one under Training Data.": "Noch keine Labels: F\u00fcge eins unter Trainingsdaten hinzu.",
    "No labels.": "Keine Labels.",
    "No model yet": "Noch kein Modell",
    "Not sure: maybe %(guess)s?": "Nicht sicher: vielleicht %(guess)s?",
    "On %(count)s drawing it has never seen: %(percent)s right.": [
      "Bei %(count)s Zeichnung, die es nie gesehen hat: %(percent)s richtig.",
      "Bei %(count)s Zeichnungen, die es nie gesehen hat: %(percent)s richtig."
    ],
    "Quiz over: your model got %(right)s of %(round)s right.": "Quiz vorbei: Dein Modell hat %(right)s von %(round)s richtig geraten.",
    "Quiz stopped. The drawings you finished are kept as test drawings.": "Quiz beendet. Die Zeichnungen, die du fertig hast, bleiben als Testzeichnungen.",
    "Remove %(label)s and its %(count)s drawing?": [
      "%(label)s und seine %(count)s Zeichnung entfernen?",
      "%(label)s und seine %(count)s Zeichnungen entfernen?"
    ],
    "Remove %(label)s and its %(count)s sample?": [
      "%(label)s und sein %(count)s Beispiel entfernen?",
      "%(label)s und seine %(count)s Beispiele entfernen?"
    ],
    "Remove label": "Label entfernen",
    "Remove label %(label)s": "Label %(label)s entfernen",
    "Removed label %(label)s.": "Label %(label)s entfernt.",
    "Saved as %(label)s: %(count)s sample.": [
      "Als %(label)s gespeichert: %(count)s Beispiel.",
      "Als %(label)s gespeichert: %(count)s Beispiele."
    ],
    "Score: %(right)s of %(round)s": "Punkte: %(right)s von %(round)s",
    "Submit %(label)s": "%(label)s abschicken",
    "Submit as %(label)s": "Als %(label)s abschicken",
    "The canvas is empty: draw %(label)s first.": "Die Zeichenfl\u00e4che ist leer: Zeichne zuerst %(label)s.",
    "The canvas is empty: draw something first, then submit it.": "Die Zeichenfl\u00e4che ist leer: Zeichne erst etwas und schick es dann ab.",
    "The drawing was not deleted: %(why)s": "Die Zeichnung wurde nicht gel\u00f6scht: %(why)s",
    "The model now learns from the %(label)s drawing.": "Das Modell lernt jetzt aus der Zeichnung %(label)s.",
    "The server answered %(status)s %(reason)s.": "Der Server hat mit %(status)s %(reason)s geantwortet.",
    "The server answered %(status)s.": "Der Server hat mit %(status)s geantwortet.",
    "Train at least two labels first: the quiz asks for them.": "Trainiere zuerst mindestens zwei Labels: Das Quiz fragt danach.",
    "Train on it": "Damit trainieren",
    "Train on this %(label)s drawing": "Mit dieser Zeichnung %(label)s trainieren",
    "Trained on %(count)s sample": [
      "Mit %(count)s Beispiel trainiert",
      "Mit %(count)s Beispielen trainiert"
    ],
    "Trained on %(count)s sample at %(time)s": [
      "Mit %(count)s Beispiel trainiert (%(time)s)",
      "Mit %(count)s Beispielen trainiert (%(time)s)"
    ],
    "Type an emoji or a short word.": "Gib ein Emoji oder ein kurzes Wort ein.",
    "Waiting for training": "Wartet auf Training",
    "drawings kept for testing\u0004test": "Test",
    "your %(label)s drawing, open it in your samples": "deine Zeichnung %(label)s, \u00f6ffne sie in deinen Beispielen",
    "\u2026 and %(count)s more bad line.": [
      "\u2026 und %(count)s weitere fehlerhafte Zeile.",
      "\u2026 und %(count)s weitere fehlerhafte Zeilen."
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
    "DATETIME_FORMAT": "j. F Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d.%m.%Y %H:%M:%S",
      "%d.%m.%Y %H:%M:%S.%f",
      "%d.%m.%Y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j. F Y",
    "DATE_INPUT_FORMATS": [
      "%d.%m.%Y",
      "%d.%m.%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j. F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d.m.Y H:i",
    "SHORT_DATE_FORMAT": "d.m.Y",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "H:i",
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

