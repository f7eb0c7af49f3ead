// The page scripts' words in de, from its djangojs.po: written by `manage.py
// compilejsi18n` (make catalogs) and read by static/i18n.js. Do not edit.
globalThis.catalog = {
  plural: (n) => Number((n != 1)),
  messages: {
 "%(count)s test drawing": [
  "%(count)s Testzeichnung",
  "%(count)s Testzeichnungen"
 ],
 "%(count)s training drawing": [
  "%(count)s Trainingszeichnung",
  "%(count)s Trainingszeichnungen"
 ],
 "%(label)s is often taken for %(other)s.": "%(label)s wird oft für %(other)s gehalten.",
 "+%(count)s test": [
  "+%(count)s Test",
  "+%(count)s Tests"
 ],
 "Added label %(label)s.": "Label %(label)s hinzugefügt.",
 "Another quiz": "Noch ein Quiz",
 "Choose a samples.txt first.": "Wähle zuerst eine samples.txt aus.",
 "Copied to the clipboard.": "In die Zwischenablage kopiert.",
 "Could not reach the server. Check your connection and try again.": "Der Server ist nicht erreichbar. Prüf deine Verbindung und versuch es noch einmal.",
 "Couldn't copy here: the token is selected, press Ctrl+C (⌘C on a Mac).": "Kopieren ging hier nicht: Das Token ist markiert, drück Strg+C (⌘C auf dem Mac).",
 "Delete all %(count)s %(label)s drawing? This can't be undone.": [
  "%(count)s Zeichnung %(label)s löschen? Das lässt sich nicht rückgängig machen.",
  "Alle %(count)s Zeichnungen %(label)s löschen? Das lässt sich nicht rückgängig machen."
 ],
 "Delete all your samples? This can't be undone.": "Alle deine Beispiele löschen? Das lässt sich nicht rückgängig machen.",
 "Deleted %(count)s drawing of %(label)s.": [
  "%(count)s Zeichnung von %(label)s gelöscht.",
  "%(count)s Zeichnungen von %(label)s gelöscht."
 ],
 "Deleted %(count)s sample.": [
  "%(count)s Beispiel gelöscht.",
  "%(count)s Beispiele gelöscht."
 ],
 "Deleted the drawing; the model retrains without it.": "Zeichnung gelöscht; das Modell wird ohne sie neu trainiert.",
 "Discarded the quiz drawing.": "Quiz-Zeichnung verworfen.",
 "Draw %(label)s": "Zeichne %(label)s",
 "Draw more %(label)s.": "Zeichne mehr %(label)s.",
 "Draw something": "Zeichne etwas",
 "Drawing %(round)s of %(rounds)s. Press “Done” when it is finished.": "Zeichnung %(round)s von %(rounds)s. Drück auf „Fertig“, wenn sie fertig ist.",
 "Drawing deleted.": "Zeichnung gelöscht.",
 "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "In %(percent)s der Fälle richtig geraten (%(folds)s-fache Kreuzvalidierung).",
 "Imported %(count)s drawing (%(labels)s).": [
  "%(count)s Zeichnung importiert (%(labels)s).",
  "%(count)s Zeichnungen importiert (%(labels)s)."
 ],
 "Importing…": "Wird importiert…",
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
 "No labels yet: add one under Training Data.": "Noch keine Labels: Füge eins unter Trainingsdaten hinzu.",
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
 "The canvas is empty: draw %(label)s first.": "Die Zeichenfläche ist leer: Zeichne zuerst %(label)s.",
 "The canvas is empty: draw something first, then submit it.": "Die Zeichenfläche ist leer: Zeichne erst etwas und schick es dann ab.",
 "The drawing was not deleted: %(why)s": "Die Zeichnung wurde nicht gelöscht: %(why)s",
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
 "your %(label)s drawing, open it in your samples": "deine Zeichnung %(label)s, öffne sie in deinen Beispielen",
 "… and %(count)s more bad line.": [
  "… und %(count)s weitere fehlerhafte Zeile.",
  "… und %(count)s weitere fehlerhafte Zeilen."
 ]
},
};
