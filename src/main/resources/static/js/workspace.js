// The unread notification count in the header, refreshed every ten seconds while someone is at the screen: after
// thirty minutes without a key press or a click the polling stops, so that an unattended session times out. On the
// supervisor board news reloads the board when nobody is working in it, and otherwise says so with a button.
(function () {
  'use strict';
  var badge = document.getElementById('unread-count');
  if (!badge) { return; }
  var last = parseInt(badge.getAttribute('data-count') || '0', 10);
  var board = document.body.hasAttribute('data-refresh-on-news');
  var news = document.getElementById('news');
  var lastInput = Date.now();
  var IDLE = 30 * 60 * 1000;
  ['keydown', 'mousedown', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, function () { lastInput = Date.now(); }, { passive: true });
  });
  function busy() {
    var active = document.activeElement;
    return active && active !== document.body && active !== document.documentElement;
  }
  function poll() {
    if (Date.now() - lastInput > IDLE) { return; }
    fetch(badge.getAttribute('data-source'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) { return; }
        var count = body.unread;
        badge.textContent = String(count);
        badge.setAttribute('data-count', String(count));
        badge.classList.toggle('zero', count === 0);
        if (board && count > last) {
          if (busy() || !news) {
            if (news) { news.hidden = false; }
          } else {
            window.location.reload();
          }
        }
        last = count;
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ });
  }
  window.setInterval(poll, 10000);
})();
