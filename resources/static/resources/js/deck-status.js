// While a deck is being processed, ask the server every few seconds and reload the page
// when its state changes. Without JavaScript the "Check again" link does the same.
(function () {
  "use strict";
  const status = document.querySelector("[data-poll-url]");
  if (!status) return;
  const url = status.dataset.pollUrl;
  const initial = status.dataset.status;

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && data.status !== initial) window.location.reload();
        else window.setTimeout(poll, 3000);
      })
      .catch(function () { window.setTimeout(poll, 10000); });
  }
  window.setTimeout(poll, 3000);
})();
