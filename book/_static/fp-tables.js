/* Long tables become sortable and filterable (DataTables, from the itables bundle, offline).
 *
 * The tables are our own escaped HTML (frontpage.book.display.table with interactive=True):
 * DataTables reads the cells from the page and moves the existing nodes, so no text is ever
 * parsed as HTML again. Without JavaScript they stay plain tables.
 */
(function () {
  "use strict";

  function enhance() {
    const dt = window.fpDataTables;
    if (!dt || !dt.ITable) return;
    if (dt.set_or_remove_dark_class) dt.set_or_remove_dark_class();
    document.querySelectorAll("table.fp-interactive:not(.dataTable)").forEach((table) => {
      const rows = table.tBodies.length ? table.tBodies[0].rows.length : 0;
      new dt.ITable(table, {
        paging: rows > 25,
        pageLength: 25,
        lengthMenu: [10, 25, 50, 100, { label: "All", value: -1 }],
        order: [],
        autoWidth: false,
        layout: { topStart: rows > 25 ? "pageLength" : null, topEnd: "search", bottomStart: "info", bottomEnd: rows > 25 ? "paging" : null },
        language: { search: "Filter:" },
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhance);
  else enhance();
})();
