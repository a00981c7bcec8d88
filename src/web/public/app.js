// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // A print button where the browser can print; the page also prints with Ctrl+P.
  document.querySelectorAll('[data-print]').forEach(function (el) {
    el.hidden = false;
    el.addEventListener('click', function () { window.print(); });
  });
})();
