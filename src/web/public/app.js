// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // A print button where the browser can print; the page also prints with Ctrl+P.
  document.querySelectorAll('[data-print]').forEach(function (el) {
    el.hidden = false;
    el.addEventListener('click', function () { window.print(); });
  });

  // A printed page shows what is folded away on screen (criteria, sources).
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) {
      d.setAttribute('open', '');
      d.setAttribute('data-opened-for-print', '');
    });
  });
  window.addEventListener('afterprint', function () {
    document.querySelectorAll('details[data-opened-for-print]').forEach(function (d) {
      d.removeAttribute('open');
      d.removeAttribute('data-opened-for-print');
    });
  });

  // Session timeout warning: before a session ends for lack of activity, ask
  // whether to stay logged in (WCAG 2.2.1, timing adjustable).
  var body = document.body;
  var seconds = Number(body.getAttribute('data-session-seconds'));
  var csrf = body.getAttribute('data-csrf');
  if (!(seconds > 0) || typeof HTMLDialogElement !== 'function') return;
  var warnBefore = Math.min(120, Math.floor(seconds / 2));
  var warnTimer, endTimer, dialog, message;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function minutesText(s) {
    var m = Math.max(1, Math.round(s / 60));
    return m === 1 ? '1 minuut' : m + ' minuten';
  }

  function build() {
    dialog = el('dialog', { id: 'sessie-waarschuwing', 'aria-labelledby': 'sessie-kop', 'aria-describedby': 'sessie-tekst', class: 'session-dialog' });
    dialog.appendChild(el('h2', { id: 'sessie-kop' }, 'Ben je er nog?'));
    message = el('p', { id: 'sessie-tekst' });
    dialog.appendChild(message);
    var stay = el('button', { type: 'button', id: 'sessie-verlengen' }, 'Ingelogd blijven');
    var leave = el('button', { type: 'button', class: 'secondary', id: 'sessie-stoppen' }, 'Uitloggen');
    stay.addEventListener('click', extend);
    leave.addEventListener('click', function () {
      var form = document.querySelector('form[action="/uitloggen"]');
      if (form) form.submit();
    });
    dialog.appendChild(stay);
    dialog.appendChild(document.createTextNode(' '));
    dialog.appendChild(leave);
    dialog.addEventListener('cancel', function (e) { e.preventDefault(); extend(); });
    body.appendChild(dialog);
  }

  function warn() {
    if (!dialog) build();
    message.textContent = 'Je hebt een tijd niets gedaan. Over ' + minutesText(warnBefore) + ' word je uitgelogd. Wat je nog niet hebt opgeslagen, gaat dan verloren.';
    if (!dialog.open) dialog.showModal();
    document.getElementById('sessie-verlengen').focus();
  }

  function schedule(s) {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warn, Math.max(0, (s - warnBefore) * 1000));
    endTimer = setTimeout(function () { window.location.href = '/inloggen?melding=verlopen'; }, s * 1000);
  }

  function extend() {
    fetch('/sessie/verlengen', { method: 'POST', credentials: 'same-origin', headers: { 'x-csrf-token': csrf || '' } })
      .then(function (res) { return res.ok ? res.json() : { seconds: 0 }; })
      .then(function (data) {
        if (dialog && dialog.open) dialog.close();
        if (data.seconds > 0) schedule(data.seconds);
        else window.location.href = '/inloggen?melding=verlopen';
      });
  }

  schedule(seconds);
})();
