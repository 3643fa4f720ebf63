// Tarikh page behaviour: no inline scripts (the Content-Security-Policy forbids them).
(function () {
  'use strict';
  // htmx requests carry the CSRF token that the layout puts in a meta tag.
  document.addEventListener('htmx:configRequest', function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) { e.detail.headers['X-CSRF-TOKEN'] = meta.content; }
  });
  document.addEventListener('DOMContentLoaded', function () {
    // Mark the navigation link of the current section.
    document.querySelectorAll('header nav a[href^="/"]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (href !== '/' && (location.pathname === href || location.pathname.indexOf(href + '/') === 0)) {
        a.setAttribute('aria-current', 'page');
      }
    });
    // Offer the browser's time zone where a form asks for one and none is saved yet.
    document.querySelectorAll('select[data-default-zone=""]').forEach(function (select) {
      try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && select.querySelector('option[value="' + zone + '"]')) { select.value = zone; }
      } catch (ignored) { /* old browser: keep the empty choice */ }
    });
  });
})();
