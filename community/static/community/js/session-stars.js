// Star and unstar sessions of the programme without reloading the page. Without JavaScript
// the same forms post and come back to the session.
(function () {
  "use strict";

  document.addEventListener("submit", function (event) {
    const form = event.target.closest("form[data-star-form]");
    if (!form) return;
    event.preventDefault();
    const button = form.querySelector("button[aria-pressed]");
    const icon = form.querySelector(".star-button__icon");
    const action = form.querySelector('input[name="action"]');
    button.disabled = true;
    // getAttribute: the form's "action" field shadows the form.action property.
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        button.setAttribute("aria-pressed", data.starred ? "true" : "false");
        action.value = data.starred ? "unstar" : "star";
        icon.textContent = data.starred ? "★" : "☆";
        button.disabled = false;
      })
      .catch(function () {
        // Let the server answer the ordinary way (a signed-out member is sent to sign in).
        form.submit();
      });
  });
})();
