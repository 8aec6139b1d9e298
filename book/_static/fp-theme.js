/* The colour-mode button switches between light and dark on every click.
 *
 * The theme (pydata-sphinx-theme, under sphinx-book-theme) cycles three modes, one of them
 * "auto" (follow the system). With the book's default "light" on a system that prefers
 * light, its first click goes light -> auto, which looks exactly like light: the reader
 * sees nothing happen (and later clicks hit the same invisible step). Here a click always
 * goes to the opposite of what is shown. The handler runs in the capture phase, before the
 * theme's own, and stores the choice where the theme looks for it on the next page.
 */
(function () {
  "use strict";

  function shown() {
    const theme = document.documentElement.dataset.theme;
    if (theme === "dark" || theme === "light") return theme;
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function apply(mode) {
    const root = document.documentElement;
    root.dataset.mode = mode;
    root.dataset.theme = mode;
    document.querySelectorAll(".dropdown-menu").forEach((el) => el.classList.toggle("dropdown-menu-dark", mode === "dark"));
    try {
      localStorage.setItem("mode", mode);
      localStorage.setItem("theme", mode);
    } catch (e) { /* storage may be unavailable (file://, private mode): the switch still works on this page */ }
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest(".theme-switch-button");
    if (!button) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    apply(shown() === "dark" ? "light" : "dark");
  }, true);

  window.fpTheme = { shown: shown, apply: apply };
})();
