// Bars are drawn from data-permille (0..1000) here rather than by inline styles, which a
// Content-Security-Policy without 'unsafe-inline' would block; the numbers beside them stay.
document.querySelectorAll(".bar__fill[data-permille]").forEach((fill) => {
  const permille = Math.max(0, Math.min(1000, Number(fill.dataset.permille) || 0));
  fill.style.width = `${permille / 10}%`;
});
