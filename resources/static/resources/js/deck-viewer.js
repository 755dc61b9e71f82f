// Turns the list of slides into a one-slide-at-a-time viewer: previous and next buttons,
// arrow keys, a counter, a thumbnail strip and #slide-N deep links. Without JavaScript the
// slides stay a readable list.
(function () {
  "use strict";

  function setUp(viewer) {
    // Count the view (the page itself may come from a cache, so the server cannot).
    if (viewer.dataset.seenUrl && navigator.sendBeacon) navigator.sendBeacon(viewer.dataset.seenUrl);
    const slides = Array.from(viewer.querySelectorAll(".deck-viewer__slide"));
    if (slides.length === 0) return;
    const labels = viewer.dataset;
    let current = 0;

    const controls = document.createElement("div");
    controls.className = "deck-viewer__controls";
    const previous = button(labels.previousLabel || "Previous slide", "‹");
    const next = button(labels.nextLabel || "Next slide", "›");
    const counter = document.createElement("p");
    counter.className = "deck-viewer__counter";
    counter.setAttribute("aria-live", "polite");
    controls.append(previous, counter, next);

    const strip = document.createElement("ol");
    strip.className = "deck-viewer__strip";
    slides.forEach(function (slide, index) {
      const image = slide.querySelector("img");
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "#" + slide.id;
      link.setAttribute("aria-label", (labels.goToLabel || "Go to slide") + " " + (index + 1));
      const thumb = document.createElement("img");
      thumb.src = image.dataset.thumbnail || image.src;
      thumb.alt = "";
      thumb.loading = "lazy";
      thumb.width = 120;
      thumb.height = Math.round(120 * image.height / image.width) || 68;
      link.append(thumb);
      item.append(link);
      strip.append(item);
    });

    viewer.classList.add("deck-viewer--enhanced");
    viewer.tabIndex = 0;
    viewer.append(controls, strip);

    function show(index, updateHash) {
      current = Math.max(0, Math.min(slides.length - 1, index));
      slides.forEach(function (slide, position) {
        slide.hidden = position !== current;
      });
      strip.querySelectorAll("a").forEach(function (link, position) {
        if (position === current) link.setAttribute("aria-current", "true");
        else link.removeAttribute("aria-current");
      });
      const lazy = slides[current].querySelector("img");
      lazy.loading = "eager";
      counter.textContent = (labels.counterLabel || "Slide %(number)s of %(count)s")
        .replace("%(number)s", current + 1)
        .replace("%(count)s", slides.length);
      previous.disabled = current === 0;
      next.disabled = current === slides.length - 1;
      if (updateHash) history.replaceState(null, "", "#" + slides[current].id);
    }

    function fromHash() {
      const match = /^#slide-(\d+)$/.exec(window.location.hash);
      return match ? parseInt(match[1], 10) - 1 : current;
    }

    previous.addEventListener("click", function () { show(current - 1, true); });
    next.addEventListener("click", function () { show(current + 1, true); });
    viewer.addEventListener("keydown", function (event) {
      if (event.target.closest("input, textarea, select")) return;
      if (event.key === "ArrowLeft" || event.key === "PageUp") { show(current - 1, true); event.preventDefault(); }
      if (event.key === "ArrowRight" || event.key === "PageDown") { show(current + 1, true); event.preventDefault(); }
      if (event.key === "Home") { show(0, true); event.preventDefault(); }
      if (event.key === "End") { show(slides.length - 1, true); event.preventDefault(); }
    });
    window.addEventListener("hashchange", function () {
      if (/^#slide-\d+$/.test(window.location.hash)) {
        show(fromHash(), false);
        viewer.scrollIntoView({ block: "nearest" });
      }
    });
    show(fromHash(), false);
  }

  function button(label, symbol) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "button deck-viewer__button";
    element.setAttribute("aria-label", label);
    element.textContent = symbol;
    return element;
  }

  document.querySelectorAll("[data-deck-viewer]").forEach(setUp);
})();
