/* Keyboard and screen reader access that Material for MkDocs leaves out (found by tests/browser/).
 *
 * On narrow screens (phones, or a desktop window zoomed to 400 %) the menu and the search
 * open from <label> elements in the header, which Tab never reaches (WCAG 2.1.1). Each
 * becomes a real button that toggles the same checkbox, so everything else stays Material's;
 * extra.css shows the buttons where Material shows the labels. Each button says whether what
 * it opens is open (aria-expanded, kept in step with the checkbox however it changes: the
 * button, the overlay, Material closing it on navigation) and names what it opens
 * (aria-controls), WCAG 4.1.2.
 *
 * The open menu behaves as a dialog (WCAG 2.4.3): focus moves to its first link, everything
 * behind it is inert (Tab stays in the menu instead of reaching the dimmed page), and Escape
 * closes it and puts focus back on the menu button. The search button puts the cursor in
 * the search field; when the search closes, focus returns to the button.
 *
 * Material's tooltips (content.tooltips) appear on hover and focus and stayed until the
 * pointer or focus moved away: Escape now hides them (WCAG 1.4.13).
 */
(function () {
  var NARROW = window.matchMedia("(max-width: 76.234375em)");  // Material's drawer breakpoint
  var search = document.querySelector(".md-search[role='dialog']");
  var drawer = document.querySelector(".md-sidebar--primary");
  var menu = drawer && drawer.querySelector("nav.md-nav--primary");
  if (search) {
    search.id = search.id || "agenda-search";
    search.setAttribute("aria-label", "Sök");  // a dialog needs a name
  }
  if (menu) menu.id = menu.id || "agenda-menu";

  var opens = {
    __drawer: { name: "Meny", controls: menu },
    __search: { name: "Sök", controls: search },
  };
  var buttons = {};
  document.querySelectorAll(".md-header label.md-header__button[for]").forEach(function (label) {
    var toggle = document.getElementById(label.htmlFor);
    var target = opens[label.htmlFor];
    if (!toggle || !target || !target.controls) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = label.className;
    button.innerHTML = label.innerHTML;
    button.setAttribute("aria-label", target.name);
    button.setAttribute("aria-controls", target.controls.id);
    button.setAttribute("aria-expanded", String(toggle.checked));
    button.addEventListener("click", function () { toggle.click(); });
    label.replaceWith(button);
    buttons[toggle.id] = button;
  });

  var shown = function (element) { return element.getClientRects().length > 0; };

  // Everything but the drawer, the checkboxes and the overlay (a click on it closes the menu).
  var madeInert = [];
  var setBehindInert = function (inert) {
    madeInert.forEach(function (element) { element.inert = false; });
    madeInert = [];
    if (!inert) return;
    for (var keep = drawer; keep && keep !== document.body; keep = keep.parentElement) {
      Array.prototype.forEach.call(keep.parentElement.children, function (sibling) {
        if (sibling === keep || sibling.matches("input, script, style, .md-overlay") || sibling.inert) return;
        sibling.inert = true;
        madeInert.push(sibling);
      });
    }
  };

  var drawerToggle = document.getElementById("__drawer");
  var menuButton = buttons.__drawer;
  if (drawerToggle && menuButton && drawer) {
    var syncMenu = function (moveFocus) {
      var open = drawerToggle.checked;
      menuButton.setAttribute("aria-expanded", String(open));
      setBehindInert(open && NARROW.matches);
      if (!moveFocus) return;
      if (open && NARROW.matches) {
        var first = drawer.querySelector("a[href], button, input, [tabindex]:not([tabindex='-1'])");
        if (first) first.focus();
      } else if (!open && shown(menuButton)) {
        menuButton.focus();
      }
    };
    // Focus follows only what the menu button opened or Escape closed; a click on the overlay leaves it be.
    var followFocus = false;
    menuButton.addEventListener("click", function () { followFocus = true; }, true);
    drawerToggle.addEventListener("change", function () {
      syncMenu(followFocus);
      followFocus = false;
    });
    NARROW.addEventListener("change", function () { syncMenu(false); });
    syncMenu(false);  // the browser may restore a checked box on going back
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !drawerToggle.checked || !NARROW.matches) return;
      followFocus = true;
      drawerToggle.click();
    });
  }

  var searchToggle = document.getElementById("__search");
  var searchButton = buttons.__search;
  if (searchToggle && searchButton) {
    searchToggle.addEventListener("change", function () {
      searchButton.setAttribute("aria-expanded", String(searchToggle.checked));
      if (!shown(searchButton)) return;  // wide screens: the search field is in the header itself
      var field = document.querySelector(".md-search__input");
      if (searchToggle.checked && field) {
        field.focus();  // type at once
      } else if (!searchToggle.checked && (document.activeElement === document.body
                                            || search.contains(document.activeElement))) {
        searchButton.focus();
      }
    });
  }

  // Escape hides the tooltip on show until focus or the pointer moves on to something else.
  var root = document.documentElement;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.querySelector(".md-tooltip--active, .md-tooltip2--active")) {
      root.classList.add("agenda-tooltips-dismissed");
    }
  });
  var showAgain = function () { root.classList.remove("agenda-tooltips-dismissed"); };
  document.addEventListener("focusin", showAgain);
  document.addEventListener("mouseover", showAgain);
})();
