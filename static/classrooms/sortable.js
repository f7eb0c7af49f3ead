// Click a column heading of a table whose headings hold .sort buttons to sort its rows by that
// column (each cell's data-sort); click again to reverse. The heading says how in aria-sort.
function sortRows(table, column, descending) {
  const heading = table.tHead.rows[0].cells[column];
  const numeric = heading.dataset.sortType === "number";
  const body = table.tBodies[0];
  const key = (row) => row.cells[column].dataset.sort || "";
  const rows = Array.from(body.rows);
  rows.sort((a, b) => {
    const order = numeric
      ? Number(key(a)) - Number(key(b))
      : key(a).localeCompare(key(b), undefined, { sensitivity: "base" });
    return descending ? -order : order;
  });
  body.append(...rows);
  for (const cell of table.tHead.rows[0].cells) cell.removeAttribute("aria-sort");
  heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
}

document.querySelectorAll("table").forEach((table) => {
  if (!table.tHead) return;
  Array.from(table.tHead.rows[0].cells).forEach((heading, column) => {
    const button = heading.querySelector("button.sort");
    if (!button) return;
    button.addEventListener("click", () => {
      sortRows(table, column, heading.getAttribute("aria-sort") === "ascending");
    });
  });
});
