// The page's words and numbers in its language. The words come from the catalog of that
// language (static/jsi18n/<language>.js, data only, which base.html loads before any module);
// these functions read it as Django's catalog script would. The numbers come from the browser's
// Intl in the page's language (<html lang>), with the digits Django writes.
const { messages, plural: pluralForm } = globalThis.catalog;

export const language = document.documentElement.lang || "en";

// A message's translations: one string, or one per plural form of the language.
function translated(message) {
  return Object.hasOwn(messages, message) ? messages[message] : undefined;
}

export function gettext(message) {
  const value = translated(message);
  if (value === undefined) return message;
  return Array.isArray(value) ? value[0] : value;
}

export function ngettext(singular, plural, count) {
  const value = translated(singular);
  if (value === undefined) return count === 1 ? singular : plural;
  return Array.isArray(value) ? value[pluralForm(count)] : value;
}

// interpolate(gettext("Saved as %(label)s."), { label }): named placeholders only, so that a
// translation may put them in any order.
export function interpolate(format, values) {
  return format.replace(/%\((\w+)\)s/g, (_match, name) => String(values[name]));
}

const numbers = new Intl.NumberFormat(language, { numberingSystem: "latn" });
const percents = new Intl.NumberFormat(language, {
  numberingSystem: "latn",
  style: "percent",
  maximumFractionDigits: 0,
});

// 1200 as the language writes it ("1,200", "1.200", "1 200").
export function number(n) {
  return numbers.format(n);
}

// 0.92 as the language writes a percentage ("92%", "92 %").
export function percent(fraction) {
  return percents.format(fraction);
}

// A plural sentence with its count written in the language:
// counted(n, ngettext("%(count)s sample", "%(count)s samples", n)).
export function counted(n, format, values = {}) {
  return interpolate(format, { ...values, count: number(n) });
}

// A word whose sense depends on where it stands: pgettext("drawings kept for testing", "test").
// (gettext's msgctxt: the context and the message joined by EOT, as gettext keys them).
export function pgettext(context, message) {
  const value = gettext(`${context}\x04${message}`);
  return value.includes("\x04") ? message : value;
}
