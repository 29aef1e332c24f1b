/* Keyboard access that Material for MkDocs leaves out (found by tests/browser/).
 *
 * On narrow screens (phones, or a desktop window zoomed to 400 %) the menu and the search
 * open from <label> elements in the header, which Tab never reaches (WCAG 2.1.1). Each
 * becomes a real button that toggles the same checkbox, so everything else stays Material's;
 * the search button also puts the cursor in the search field. extra.css shows the buttons
 * where Material shows the labels.
 */
(function () {
  var names = { __drawer: "Meny", __search: "Sök" };
  document.querySelectorAll(".md-header label.md-header__button[for]").forEach(function (label) {
    var toggle = document.getElementById(label.htmlFor);
    if (!toggle || !(label.htmlFor in names)) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.innerHTML = label.innerHTML;
    button.setAttribute("aria-label", names[label.htmlFor]);
    button.setAttribute("aria-controls", label.htmlFor);
    button.addEventListener("click", function () {
      toggle.click();
      var field = document.querySelector(".md-search__input");
      if (toggle.id === "__search" && toggle.checked && field) field.focus();  // type at once
    });
    label.replaceWith(button);
  });
})();
