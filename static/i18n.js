// The page's words and numbers in its language. The words come from Django's catalog for that
// language (static/jsi18n/<language>.js, which base.html loads before any module), the numbers
// from the browser's Intl in the page's language (<html lang>), with the digits Django writes.
const catalog = globalThis.django;

export const language = document.documentElement.lang || "en";

export function gettext(message) {
  return catalog.gettext(message);
}

export function ngettext(singular, plural, count) {
  return catalog.ngettext(singular, plural, count);
}

// interpolate(gettext("Saved as %(label)s."), { label }): named placeholders only, so that a
// translation may put them in any order.
export function interpolate(format, values) {
  return catalog.interpolate(format, values, true);
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
export function pgettext(context, message) {
  return catalog.pgettext(context, message);
}
