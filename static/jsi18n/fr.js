// The page scripts' words in fr, from its djangojs.po: written by `manage.py
// compilejsi18n` (make catalogs) and read by static/i18n.js. Do not edit.
globalThis.catalog = {
  plural: (n) => Number((n > 1)),
  messages: {
 "%(count)s test drawing": [
  "%(count)s dessin de test",
  "%(count)s dessins de test"
 ],
 "%(count)s training drawing": [
  "%(count)s dessin d'entraînement",
  "%(count)s dessins d'entraînement"
 ],
 "%(label)s is often taken for %(other)s.": "%(label)s est souvent pris pour %(other)s.",
 "+%(count)s test": [
  "+%(count)s test",
  "+%(count)s tests"
 ],
 "Added label %(label)s.": "Étiquette %(label)s ajoutée.",
 "Another quiz": "Un autre quiz",
 "Choose a samples.txt first.": "Choisis d'abord un fichier samples.txt.",
 "Copied to the clipboard.": "Copié dans le presse-papiers.",
 "Could not reach the server. Check your connection and try again.": "Impossible de joindre le serveur. Vérifie ta connexion et réessaie.",
 "Couldn't copy here: the token is selected, press Ctrl+C (⌘C on a Mac).": "Impossible de copier ici : le jeton est sélectionné, appuie sur Ctrl+C (⌘C sur Mac).",
 "Delete all %(count)s %(label)s drawing? This can't be undone.": [
  "Supprimer %(count)s dessin %(label)s ? Impossible de revenir en arrière.",
  "Supprimer les %(count)s dessins %(label)s ? Impossible de revenir en arrière."
 ],
 "Delete all your samples? This can't be undone.": "Supprimer tous tes exemples ? Impossible de revenir en arrière.",
 "Deleted %(count)s drawing of %(label)s.": [
  "%(count)s dessin de %(label)s supprimé.",
  "%(count)s dessins de %(label)s supprimés."
 ],
 "Deleted %(count)s sample.": [
  "%(count)s exemple supprimé.",
  "%(count)s exemples supprimés."
 ],
 "Deleted the drawing; the model retrains without it.": "Dessin supprimé ; le modèle se réentraîne sans lui.",
 "Discarded the quiz drawing.": "Dessin du quiz jeté.",
 "Draw %(label)s": "Dessine %(label)s",
 "Draw more %(label)s.": "Dessine plus de %(label)s.",
 "Draw something": "Dessine quelque chose",
 "Drawing %(round)s of %(rounds)s. Press “Done” when it is finished.": "Dessin %(round)s sur %(rounds)s. Appuie sur « Fini » quand tu as terminé.",
 "Drawing deleted.": "Dessin supprimé.",
 "Guessed right %(percent)s of the time (%(folds)s-fold cross-validation).": "Bien deviné dans %(percent)s des cas (validation croisée en %(folds)s parties).",
 "Imported %(count)s drawing (%(labels)s).": [
  "%(count)s dessin importé (%(labels)s).",
  "%(count)s dessins importés (%(labels)s)."
 ],
 "Importing…": "Import en cours…",
 "It could not guess it: wrong.": "Il n'a pas pu le deviner : raté.",
 "It guessed %(guess)s: right!": "Il a deviné %(guess)s : juste !",
 "It guessed %(guess)s: wrong.": "Il a deviné %(guess)s : raté.",
 "Keep for testing": "Garder pour les tests",
 "Keep this %(label)s drawing for testing": "Garder ce dessin %(label)s pour les tests",
 "Kept as a %(label)s test drawing: %(count)s test drawing.": [
  "Gardé comme dessin de test %(label)s : %(count)s dessin de test.",
  "Gardé comme dessin de test %(label)s : %(count)s dessins de test."
 ],
 "Kept the %(label)s drawing for testing: the model won't learn from it.": "Dessin %(label)s gardé pour les tests : le modèle ne s'en servira pas pour apprendre.",
 "Kept the drawing.": "Dessin gardé.",
 "Line %(line)s: %(error)s": "Ligne %(line)s : %(error)s",
 "Moved %(label)s down.": "%(label)s déplacé vers le bas.",
 "Moved %(label)s up.": "%(label)s déplacé vers le haut.",
 "Moved the drawing to %(label)s.": "Dessin déplacé vers %(label)s.",
 "Moved the drawing to %(label)s; the model retrains on it.": "Dessin déplacé vers %(label)s ; le modèle se réentraîne avec.",
 "No guess yet.": "Il n'a encore rien deviné.",
 "No labels yet: add one under Training Data.": "Pas encore d'étiquettes : ajoutes-en une sous Données d'entraînement.",
 "No labels.": "Pas d'étiquettes.",
 "No model yet": "Pas encore de modèle",
 "Not sure: maybe %(guess)s?": "Pas sûr : peut-être %(guess)s ?",
 "On %(count)s drawing it has never seen: %(percent)s right.": [
  "Sur %(count)s dessin qu'il n'a jamais vu : %(percent)s de réussite.",
  "Sur %(count)s dessins qu'il n'a jamais vus : %(percent)s de réussite."
 ],
 "Quiz over: your model got %(right)s of %(round)s right.": "Quiz terminé : ton modèle en a bien deviné %(right)s sur %(round)s.",
 "Quiz stopped. The drawings you finished are kept as test drawings.": "Quiz arrêté. Les dessins que tu as finis sont gardés comme dessins de test.",
 "Remove %(label)s and its %(count)s drawing?": [
  "Retirer %(label)s et son %(count)s dessin ?",
  "Retirer %(label)s et ses %(count)s dessins ?"
 ],
 "Remove %(label)s and its %(count)s sample?": [
  "Retirer %(label)s et son %(count)s exemple ?",
  "Retirer %(label)s et ses %(count)s exemples ?"
 ],
 "Remove label": "Retirer l'étiquette",
 "Remove label %(label)s": "Retirer l'étiquette %(label)s",
 "Removed label %(label)s.": "Étiquette %(label)s retirée.",
 "Saved as %(label)s: %(count)s sample.": [
  "Enregistré comme %(label)s : %(count)s exemple.",
  "Enregistré comme %(label)s : %(count)s exemples."
 ],
 "Score: %(right)s of %(round)s": "Score : %(right)s sur %(round)s",
 "Submit %(label)s": "Envoyer %(label)s",
 "Submit as %(label)s": "Envoyer comme %(label)s",
 "The canvas is empty: draw %(label)s first.": "La zone de dessin est vide : dessine d'abord %(label)s.",
 "The canvas is empty: draw something first, then submit it.": "La zone de dessin est vide : dessine d'abord quelque chose, puis envoie-le.",
 "The drawing was not deleted: %(why)s": "Le dessin n'a pas été supprimé : %(why)s",
 "The model now learns from the %(label)s drawing.": "Le modèle apprend maintenant avec le dessin %(label)s.",
 "The server answered %(status)s %(reason)s.": "Le serveur a répondu %(status)s %(reason)s.",
 "The server answered %(status)s.": "Le serveur a répondu %(status)s.",
 "Train at least two labels first: the quiz asks for them.": "Entraîne d'abord au moins deux étiquettes : le quiz les demande.",
 "Train on it": "Entraîner dessus",
 "Train on this %(label)s drawing": "Entraîner sur ce dessin %(label)s",
 "Trained on %(count)s sample": [
  "Entraîné sur %(count)s exemple",
  "Entraîné sur %(count)s exemples"
 ],
 "Trained on %(count)s sample at %(time)s": [
  "Entraîné sur %(count)s exemple (%(time)s)",
  "Entraîné sur %(count)s exemples (%(time)s)"
 ],
 "Type an emoji or a short word.": "Tape un emoji ou un mot court.",
 "Waiting for training": "En attente d'entraînement",
 "drawings kept for testing\u0004test": "test",
 "your %(label)s drawing, open it in your samples": "ton dessin %(label)s, ouvre-le dans tes exemples",
 "… and %(count)s more bad line.": [
  "… et %(count)s autre ligne fausse.",
  "… et %(count)s autres lignes fausses."
 ]
},
};
