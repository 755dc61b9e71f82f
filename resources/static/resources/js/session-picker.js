// Offers the sessions of the meetup chosen in the "Given at" field. Without JavaScript the
// session list shows recent meetups' sessions and the form checks that both agree.
(function () {
  "use strict";
  const eventSelect = document.querySelector("[data-session-event]");
  const sessionSelect = document.querySelector("[data-session-picker]");
  if (!eventSelect || !sessionSelect) return;
  const url = sessionSelect.dataset.sessionPicker;
  const emptyOption = sessionSelect.options[0];

  function fill(groups) {
    const chosen = sessionSelect.value;
    sessionSelect.replaceChildren(emptyOption);
    groups.forEach(function (group) {
      const optgroup = document.createElement("optgroup");
      optgroup.label = group.event;
      group.sessions.forEach(function (session) {
        const option = new Option(session.label, session.id, false, String(session.id) === chosen);
        optgroup.append(option);
      });
      sessionSelect.append(optgroup);
    });
  }

  eventSelect.addEventListener("change", function () {
    fetch(url + "?event=" + encodeURIComponent(eventSelect.value))
      .then(function (response) { return response.ok ? response.json() : { groups: [] }; })
      .then(function (data) { fill(data.groups); })
      .catch(function () {});
  });
})();
