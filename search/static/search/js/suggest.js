// Suggestions while typing in a search box (an ARIA 1.2 combobox with a listbox popup).
// Without this script the box is a plain search field; with it, arrows move through the
// suggestions, Enter opens one, Escape closes the list.
(function () {
  "use strict";

  function setUp(box, index) {
    var input = box.querySelector("input[type=search]");
    if (!input) return;
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var listId = "search-suggestions-" + index;
    var active = -1;
    var items = [];
    var timer = null;
    var controller = null;

    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", box.dataset.suggestLabel || "Suggestions");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    box.classList.add("search-box--suggest");
    box.appendChild(list);
    box.appendChild(status);

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(position) {
      items.forEach(function (item, i) {
        item.setAttribute("aria-selected", i === position ? "true" : "false");
      });
      active = position;
      if (position >= 0) {
        input.setAttribute("aria-activedescendant", items[position].id);
        items[position].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(suggestions) {
      list.textContent = "";
      items = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        var link = document.createElement("a");
        var kind = document.createElement("span");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        link.href = suggestion.url;
        link.tabIndex = -1;
        link.textContent = suggestion.text;
        kind.className = "suggestions__kind";
        kind.textContent = suggestion.label;
        link.appendChild(kind);
        option.appendChild(link);
        list.appendChild(option);
        return option;
      });
      active = -1;
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      status.textContent = items.length ? items.length + " suggestions" : "";
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) {
        show([]);
        return;
      }
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(box.dataset.suggest + "?q=" + encodeURIComponent(text), {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (document.activeElement === input) show(data.suggestions || []);
        })
        .catch(function () {});
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(active + 1 < items.length ? active + 1 : 0);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active > 0 ? active - 1 : items.length - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", function () {
      // Later, so that a click on a suggestion still reaches its link.
      setTimeout(close, 200);
    });
  }

  document.querySelectorAll("[data-suggest]").forEach(setUp);
})();
