// Suggests existing tags for the tag being typed in a comma-separated tag field. The browser's
// own datalist shows the suggestions, so keyboard and screen reader support come for free;
// without JavaScript the datalist still offers the popular tags.
(function () {
  "use strict";
  const list = document.getElementById("tag-suggestions");
  if (!list) return;
  const url = list.dataset.suggestUrl;
  let pending = null;

  function suggest(input) {
    const parts = input.value.split(",");
    const typed = parts.pop().trim();
    const before = parts.map(function (part) { return part.trim(); }).filter(Boolean);
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(url + "?q=" + encodeURIComponent(typed), { signal: pending.signal })
      .then(function (response) { return response.ok ? response.json() : { tags: [] }; })
      .then(function (data) {
        list.replaceChildren();
        data.tags
          .filter(function (name) { return before.indexOf(name) === -1; })
          .forEach(function (name) {
            const option = document.createElement("option");
            option.value = before.concat([name]).join(", ");
            list.append(option);
          });
      })
      .catch(function () {});
  }

  document.querySelectorAll("[data-tag-input]").forEach(function (input) {
    input.addEventListener("input", function () { suggest(input); });
  });
})();
