/* Live filters for the list of all initiatives (/insatser/).
 *
 * Without JavaScript the page shows the whole table and links to the pages that list one area's,
 * actor's or goal's initiatives. Here the form above the table (hidden until now) filters its rows as
 * a select changes: a row stays when, for every chosen filter, its data attribute of the same name
 * holds the chosen value among its space-separated values. The status line says how many rows show
 * (a live region, so a screen reader hears it), and the choice is kept in the address
 * (?aktor=kommunerna&ar=2019) so that a filtered list can be linked to and comes back on reload.
 */
(function () {
  var form = document.querySelector("form.agenda-filter[data-filter-table]");
  if (!form) return;
  var table = document.querySelector("table.agenda-catalogue");
  if (!table) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  if (!selects.length) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr:not(.agenda-catalogue__area)"));
  var groups = Array.prototype.slice.call(table.tBodies);
  var status = form.querySelector("[role=status]");
  var countText = status.getAttribute("data-count-text");

  function matches(row) {
    return selects.every(function (select) {
      if (!select.value) return true;
      var values = (row.getAttribute("data-" + select.name) || "").split(" ");
      return values.indexOf(select.value) !== -1;
    });
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = matches(row);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    // An area whose rows are all hidden loses its heading row too.
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("tr:not(.agenda-catalogue__area):not([hidden])");
    });
    status.textContent = countText.replace("{shown}", shown).replace("{total}", rows.length);
  }

  function remember() {
    var query = new URLSearchParams(location.search);
    selects.forEach(function (select) {
      if (select.value) query.set(select.name, select.value);
      else query.delete(select.name);
    });
    var search = query.toString();
    history.replaceState(history.state, "", location.pathname + (search ? "?" + search : "") + location.hash);
  }

  // The address's choice, where it names a value the select has.
  var wanted = new URLSearchParams(location.search);
  selects.forEach(function (select) {
    var value = wanted.get(select.name);
    if (value && select.querySelector('option[value="' + CSS.escape(value) + '"]')) select.value = value;
  });

  form.addEventListener("change", function () {
    apply();
    remember();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.querySelector("[data-filter-reset]").addEventListener("click", function () {
    selects.forEach(function (select) {
      select.value = "";
    });
    apply();
    remember();
  });

  document.querySelectorAll("[data-filter-fallback]").forEach(function (fallback) {
    fallback.hidden = true;
  });
  form.hidden = false;
  apply();
})();
