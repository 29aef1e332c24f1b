/* A visible label for the comment field of Isso's form (the remiss comment section).
 *
 * Isso names its comment field only with a placeholder, which disappears as soon as one
 * types and is not a label (WCAG 3.3.2). Each form Isso renders (again after a comment is
 * sent) gets a <label> above the field; the text comes from the thread's data-label.
 */
(function () {
  var thread = document.getElementById("isso-thread");
  if (!thread) return;
  var text = thread.getAttribute("data-label") || "Synpunkter";
  function label(field, index) {
    if (field.id) return;
    field.id = "isso-postbox-text" + (index ? "-" + index : "");
    var element = document.createElement("label");
    element.htmlFor = field.id;
    element.className = "agenda-comments__label";
    element.textContent = text;
    field.parentNode.insertBefore(element, field);
  }
  function labelAll() {
    thread.querySelectorAll("textarea.isso-textarea").forEach(label);
  }
  new MutationObserver(labelAll).observe(thread, { childList: true, subtree: true });
  labelAll();
})();
