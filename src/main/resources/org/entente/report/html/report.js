// Entente report: adds table sorting and highlighting of a statement's parts. Pages read without it.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  function key(cell) {
    var v = cell.getAttribute("data-v");
    return v !== null && v !== "" && !isNaN(v) ? Number(v) : cell.textContent.trim().toLowerCase();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  function highlight(event, on) {
    var target = event.target;
    var marked = target && target.closest ? target.closest("[data-s]") : null;
    if (!marked) { return; }
    marked.getAttribute("data-s").split(" ").forEach(function (id) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-s~="' + id + '"]'), function (el) {
        el.classList.toggle("hl", on);
      });
    });
  }
  document.addEventListener("mouseover", function (e) { highlight(e, true); });
  document.addEventListener("mouseout", function (e) { highlight(e, false); });
  document.addEventListener("focusin", function (e) { highlight(e, true); });
  document.addEventListener("focusout", function (e) { highlight(e, false); });
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
})();
