// The unread notification count in the header, refreshed every ten seconds. On the supervisor board a new
// notification reloads the board, unless the supervisor is typing in it.
(function () {
  'use strict';
  var badge = document.getElementById('unread-count');
  if (!badge) { return; }
  var last = parseInt(badge.getAttribute('data-count') || '0', 10);
  var autoRefresh = document.body.hasAttribute('data-refresh-on-news');
  function typing() {
    var active = document.activeElement;
    return active && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName) && active.type !== 'submit';
  }
  function poll() {
    fetch(badge.getAttribute('data-source'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) { return; }
        var count = body.unread;
        badge.textContent = String(count);
        badge.setAttribute('data-count', String(count));
        badge.classList.toggle('zero', count === 0);
        if (autoRefresh && count > last && !typing()) {
          window.location.reload();
        }
        last = count;
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }
  window.setInterval(poll, 10000);
})();
