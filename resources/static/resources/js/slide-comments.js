// Shows, next to the deck viewer, the comments about the slide on screen, and lets a member
// start a comment about it. The comments come from the discussion below the deck (items with
// data-slide); without JavaScript that discussion lists them with their "About slide N" links.
(function () {
  "use strict";

  function setUp(viewer, discussion) {
    const slides = Array.from(viewer.querySelectorAll(".deck-viewer__slide"));
    if (slides.length === 0) return;
    const labels = discussion.dataset;
    const bySlide = {};
    discussion.querySelectorAll("[data-slide]").forEach(function (item) {
      (bySlide[item.dataset.slide] = bySlide[item.dataset.slide] || []).push(item);
    });
    const form = discussion.querySelector(".discussion__form");
    const slideInput = form && form.querySelector("[name=slide_number]");
    const textInput = form && form.querySelector("textarea");

    const panel = document.createElement("aside");
    panel.className = "slide-comments";
    panel.setAttribute("aria-labelledby", "slide-comments-heading");
    const heading = document.createElement("h2");
    heading.id = "slide-comments-heading";
    heading.className = "slide-comments__heading";
    const list = document.createElement("ol");
    list.className = "slide-comments__list";
    const empty = document.createElement("p");
    empty.className = "slide-comments__empty";
    empty.textContent = labels.emptyLabel || "No comments on this slide yet.";
    panel.append(heading, list, empty);

    let current = null;
    if (slideInput && textInput) {
      const start = document.createElement("button");
      start.type = "button";
      start.className = "button button--quiet slide-comments__start";
      start.addEventListener("click", function () {
        slideInput.value = current;
        textInput.focus();
        textInput.scrollIntoView({ block: "center" });
      });
      panel.append(start);
    }

    // The viewer and the panel side by side, where the screen is wide enough.
    const stage = document.createElement("div");
    stage.className = "deck-stage";
    viewer.parentNode.insertBefore(stage, viewer);
    stage.append(viewer, panel);

    function shownNumber() {
      const index = slides.findIndex(function (slide) { return !slide.hidden; });
      return index < 0 ? 1 : index + 1;
    }

    function render() {
      const number = shownNumber();
      if (number === current) return;
      current = number;
      const comments = bySlide[String(number)] || [];
      heading.textContent = (labels.headingLabel || "Comments on slide %(number)s")
        .replace("%(number)s", number) + " (" + comments.length + ")";
      list.replaceChildren();
      comments.forEach(function (item) {
        const entry = document.createElement("li");
        entry.className = "slide-comments__item";
        const author = item.querySelector(".comment__author");
        const name = document.createElement("p");
        name.className = "slide-comments__author";
        name.textContent = author ? author.textContent.trim() : "";
        const body = item.querySelector(".comment__body");
        const text = body ? body.cloneNode(true) : document.createElement("div");
        text.className = "slide-comments__body";
        const link = document.createElement("a");
        link.href = "#" + item.id;
        link.textContent = labels.readLabel || "Read in the discussion";
        entry.append(name, text, link);
        list.append(entry);
      });
      list.hidden = comments.length === 0;
      empty.hidden = comments.length > 0;
      const start = panel.querySelector(".slide-comments__start");
      if (start) {
        start.textContent = (labels.startLabel || "Comment on slide %(number)s")
          .replace("%(number)s", number);
      }
    }

    // The viewer shows one slide at a time by hiding the others: follow that.
    const observer = new MutationObserver(render);
    slides.forEach(function (slide) {
      observer.observe(slide, { attributes: true, attributeFilter: ["hidden"] });
    });
    render();
  }

  const viewer = document.querySelector("[data-deck-viewer].deck-viewer--enhanced");
  const discussion = document.querySelector("[data-slide-comments]");
  if (viewer && discussion) setUp(viewer, discussion);
})();
