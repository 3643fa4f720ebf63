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

// Quiz pages: the exam countdown, the order question's move buttons, focus after htmx feedback.
(function () {
  'use strict';
  function startCountdown(el) {
    var deadline = Date.parse(el.getAttribute('data-expires-at'));
    var out = el.querySelector('span');
    function tick() {
      var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      out.textContent = m + ':' + (s < 10 ? '0' : '') + s;
      if (left <= 60) { el.classList.add('urgent'); }
      if (left === 0) { window.location.reload(); return; } // the server closes the exam and shows the results
      setTimeout(tick, 1000);
    }
    tick();
  }
  function moveItem(button) {
    var li = button.closest('li');
    var list = li.parentElement;
    var up = button.classList.contains('move-up');
    var sibling = up ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) { return; }
    if (up) { list.insertBefore(li, sibling); } else { list.insertBefore(sibling, li); }
    button.focus();
    var status = document.getElementById('order-status');
    if (status) {
      var pos = Array.prototype.indexOf.call(list.children, li) + 1;
      status.textContent = li.querySelector('.order-text').textContent + ' is now at position ' + pos + '.';
    }
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('.order-list button');
    if (b) { e.preventDefault(); moveItem(b); }
  });
  document.addEventListener('htmx:afterSwap', function (e) {
    // Only a quiz answer moves focus and scrolls: the editor's live preview must not pull the page while typing.
    if (!e.detail.target || e.detail.target.id !== 'quiz') { return; }
    var target = document.getElementById('quiz');
    var focus = document.querySelector('#question-area [data-autofocus]') || document.querySelector('#question-area input:not([type=hidden]), #question-area select');
    if (focus) { focus.focus(); }
    if (target && target.scrollIntoView) { target.scrollIntoView({ block: 'nearest' }); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-expires-at]').forEach(startCountdown);
    // A new question page starts the keyboard at the question, past the site menu and the question list.
    var prompt = document.getElementById('question-prompt');
    if (prompt && !location.hash) { prompt.focus({ preventScroll: true }); }
    // Exam options only matter in exam mode.
    var time = document.getElementById('timeLimitMinutes');
    if (time) {
      var sync = function () {
        var exam = document.querySelector('input[name="mode"][value="exam"]');
        time.disabled = !(exam && exam.checked);
      };
      document.querySelectorAll('input[name="mode"]').forEach(function (r) { r.addEventListener('change', sync); });
      sync();
    }
  });
})();

// Review page keys, as in Anki: Space shows the answer, 1-4 rate it, u undoes the last review.
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var tag = (e.target && e.target.tagName) || '';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') { return; }
    var target = null;
    if (e.key === ' ' || e.key === 'Spacebar') {
      if (e.target.closest && e.target.closest('a, button, summary')) { return; } // Space presses what has focus
      target = document.getElementById('reveal');
    } else if (/^[1-4]$/.test(e.key)) {
      target = document.querySelector('.rating-buttons button[data-key="' + e.key + '"]');
    } else if (e.key === 'u') {
      target = document.getElementById('undo');
    }
    if (target) { e.preventDefault(); target.click(); }
  });
})();

// A learner's study day starts at 04:00 in their time zone: until they choose one, use the browser's.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (!document.body.hasAttribute('data-needs-time-zone') || !window.fetch) { return; }
    var zone;
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
    if (!zone) { return; }
    var meta = document.querySelector('meta[name="csrf-token"]');
    fetch('/api/v1/me', {
      method: 'PATCH', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': meta ? meta.content : '' },
      body: JSON.stringify({ timeZone: zone })
    });
  });
})();
