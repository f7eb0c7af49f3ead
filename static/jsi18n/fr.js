
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n > 1);
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
      "%(count)s dessin de test",
      "%(count)s dessins de test"
    ],
    "%(count)s training drawing": [
      "%(count)s dessin d'entra\u00eenement",
      "%(count)s dessins d'entra\u00eenement"
    ],
    "%(label)s is often taken for %(other)s.": "%(label)s est souvent pris pour %(other)s.",
    "+%(count)s test": [
      "+%(count)s test",
      "+%(count)s tests"
    ],
    "Added label %(label)s.": "\u00c9tiquette %(label)s ajout\u00e9e.",
    "Another quiz": "Un autre quiz",
    "Choose a samples.txt first.": "Choisis d'abord un fichier samples.txt.",
    "Copied to the clipboard.": "Copi\u00e9 dans le presse-papiers.",
    "Could not reach the server. Check your connection and try again.": "Impossible de joindre le serveur. V\u00e9rifie ta connexion et r\u00e9essaie.",
    "Couldn't copy here: the token is selected, press Ctrl+C (\u2318C on a Mac).": "Impossible de copier ici\u00a0: le jeton est s\u00e9lectionn\u00e9, appuie sur Ctrl+C (\u2318C sur Mac).",
    "Delete all %(count)s %(label)s drawing? This can't be undone.": [
      "Supprimer %(count)s dessin %(label)s\u00a0? Impossible de revenir en arri\u00e8re.",
      "Supprimer les %(count)s dessins %(label)s\u00a0? Impossible de revenir en arri\u00e8re."
    ],
    "Delete all your samples? This can't be undone.": "Supprimer tous tes exemples\u00a0? Impossible de revenir en arri\u00e8re.",
    "Deleted %(count)s drawing of %(label)s.": [
      "%(count)s dessin de %(label)s supprim\u00e9.",
      "%(count)s dessins de %(label)s supprim\u00e9s."
    ],
    "Deleted %(count)s sample.": [
      "%(count)s exemple supprim\u00e9.",
      "%(count)s exemples supprim\u00e9s."
    ],
    "Deleted the drawing; the model retrains without it.": "Dessin supprim\u00e9\u00a0; le mod\u00e8le se r\u00e9entra\u00eene sans lui.",
    "Discarded the quiz drawing.": "Dessin du quiz jet\u00e9.",
    "Draw %(label)s": "Dessine %(label)s",
    "Draw more %(label)s.": "Dessine plus de %(label)s.",
    "Draw something": "Dessine quelque chose",
    "Drawing %(round)s of %(rounds)s. Press \u201cDone\u201d when it is finished.": "Dessin %(round)s sur %(rounds)s. Appuie sur \u00ab\u00a0Fini\u00a0\u00bb quand tu as termin\u00e9.",
    "Drawing deleted.": "Dessin supprim\u00e9.",
    "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "Bien devin\u00e9 dans %(percent)s des cas (validation crois\u00e9e en %(folds)s parties).",
    "Imported %(count)s drawing (%(labels)s).": [
      "%(count)s dessin import\u00e9 (%(labels)s).",
      "%(count)s dessins import\u00e9s (%(labels)s)."
    ],
    "Importing\u2026": "Import en cours\u2026",
    "It could not guess it: wrong.": "Il n'a pas pu le deviner\u00a0: rat\u00e9.",
    "It guessed %(guess)s: right!": "Il a devin\u00e9 %(guess)s\u00a0: juste\u00a0!",
    "It guessed %(guess)s: wrong.": "Il a devin\u00e9 %(guess)s\u00a0: rat\u00e9.",
    "Keep for testing": "Garder pour les tests",
    "Keep this %(label)s drawing for testing": "Garder ce dessin %(label)s pour les tests",
    "Kept as a %(label)s test drawing: %(count)s test drawing.": [
      "Gard\u00e9 comme dessin de test %(label)s\u00a0: %(count)s dessin de test.",
      "Gard\u00e9 comme dessin de test %(label)s\u00a0: %(count)s dessins de test."
    ],
    "Kept the %(label)s drawing for testing: the model won't learn from it.": "Dessin %(label)s gard\u00e9 pour les tests\u00a0: le mod\u00e8le ne s'en servira pas pour apprendre.",
    "Kept the drawing.": "Dessin gard\u00e9.",
    "Line %(line)s: %(error)s": "Ligne %(line)s\u00a0: %(error)s",
    "Moved %(label)s down.": "%(label)s d\u00e9plac\u00e9 vers le bas.",
    "Moved %(label)s up.": "%(label)s d\u00e9plac\u00e9 vers le haut.",
    "Moved the drawing to %(label)s.": "Dessin d\u00e9plac\u00e9 vers %(label)s.",
    "Moved the drawing to %(label)s; the model retrains on it.": "Dessin d\u00e9plac\u00e9 vers %(label)s\u00a0; le mod\u00e8le se r\u00e9entra\u00eene avec.",
    "No guess yet.": "Il n'a encore rien devin\u00e9.",
    "No labels yet: add one under Training Data.": "Pas encore d'\u00e9tiquettes\u00a0: ajoutes-en une sous Donn\u00e9es d'entra\u00eenement.",
    "No labels.": "Pas d'\u00e9tiquettes.",
    "No model yet": "Pas encore de mod\u00e8le",
    "Not sure: maybe %(guess)s?": "Pas s\u00fbr\u00a0: peut-\u00eatre %(guess)s\u00a0?",
    "On %(count)s drawing it has never seen: %(percent)s right.": [
      "Sur %(count)s dessin qu'il n'a jamais vu\u00a0: %(percent)s de r\u00e9ussite.",
      "Sur %(count)s dessins qu'il n'a jamais vus\u00a0: %(percent)s de r\u00e9ussite."
    ],
    "Quiz over: your model got %(right)s of %(round)s right.": "Quiz termin\u00e9\u00a0: ton mod\u00e8le en a bien devin\u00e9 %(right)s sur %(round)s.",
    "Quiz stopped. The drawings you finished are kept as test drawings.": "Quiz arr\u00eat\u00e9. Les dessins que tu as finis sont gard\u00e9s comme dessins de test.",
    "Remove %(label)s and its %(count)s drawing?": [
      "Retirer %(label)s et son %(count)s dessin\u00a0?",
      "Retirer %(label)s et ses %(count)s dessins\u00a0?"
    ],
    "Remove %(label)s and its %(count)s sample?": [
      "Retirer %(label)s et son %(count)s exemple\u00a0?",
      "Retirer %(label)s et ses %(count)s exemples\u00a0?"
    ],
    "Remove label": "Retirer l'\u00e9tiquette",
    "Remove label %(label)s": "Retirer l'\u00e9tiquette %(label)s",
    "Removed label %(label)s.": "\u00c9tiquette %(label)s retir\u00e9e.",
    "Saved as %(label)s: %(count)s sample.": [
      "Enregistr\u00e9 comme %(label)s\u00a0: %(count)s exemple.",
      "Enregistr\u00e9 comme %(label)s\u00a0: %(count)s exemples."
    ],
    "Score: %(right)s of %(round)s": "Score\u00a0: %(right)s sur %(round)s",
    "Submit %(label)s": "Envoyer %(label)s",
    "Submit as %(label)s": "Envoyer comme %(label)s",
    "The canvas is empty: draw %(label)s first.": "La zone de dessin est vide\u00a0: dessine d'abord %(label)s.",
    "The canvas is empty: draw something first, then submit it.": "La zone de dessin est vide\u00a0: dessine d'abord quelque chose, puis envoie-le.",
    "The drawing was not deleted: %(why)s": "Le dessin n'a pas \u00e9t\u00e9 supprim\u00e9\u00a0: %(why)s",
    "The model now learns from the %(label)s drawing.": "Le mod\u00e8le apprend maintenant avec le dessin %(label)s.",
    "The server answered %(status)s %(reason)s.": "Le serveur a r\u00e9pondu %(status)s %(reason)s.",
    "The server answered %(status)s.": "Le serveur a r\u00e9pondu %(status)s.",
    "Train at least two labels first: the quiz asks for them.": "Entra\u00eene d'abord au moins deux \u00e9tiquettes\u00a0: le quiz les demande.",
    "Train on it": "Entra\u00eener dessus",
    "Train on this %(label)s drawing": "Entra\u00eener sur ce dessin %(label)s",
    "Trained on %(count)s sample": [
      "Entra\u00een\u00e9 sur %(count)s exemple",
      "Entra\u00een\u00e9 sur %(count)s exemples"
    ],
    "Trained on %(count)s sample at %(time)s": [
      "Entra\u00een\u00e9 sur %(count)s exemple (%(time)s)",
      "Entra\u00een\u00e9 sur %(count)s exemples (%(time)s)"
    ],
    "Type an emoji or a short word.": "Tape un emoji ou un mot court.",
    "Waiting for training": "En attente d'entra\u00eenement",
    "drawings kept for testing\u0004test": "test",
    "your %(label)s drawing, open it in your samples": "ton dessin %(label)s, ouvre-le dans tes exemples",
    "\u2026 and %(count)s more bad line.": [
      "\u2026 et %(count)s autre ligne fausse.",
      "\u2026 et %(count)s autres lignes fausses."
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
    "DATETIME_FORMAT": "j F Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j F Y",
    "DATE_INPUT_FORMATS": [
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": "\u00a0",
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

