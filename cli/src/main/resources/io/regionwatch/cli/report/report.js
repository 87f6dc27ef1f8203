// Filtering only: the page is complete without script. Any error is recorded on <html> so the
// browser test can see it.
window.addEventListener('error', function (e) {
  document.documentElement.setAttribute('data-js-error', String(e.message));
});
(function () {
  var input = document.getElementById('filter');
  var note = document.getElementById('filter-note');
  var alerts = Array.prototype.slice.call(document.querySelectorAll('details.alert'));
  var markers = Array.prototype.slice.call(document.querySelectorAll('#map .rg'));
  function apply(text, region) {
    var shown = 0;
    alerts.forEach(function (el) {
      var ok = (!text || el.getAttribute('data-search').indexOf(text) >= 0) &&
               (!region || el.getAttribute('data-region') === region);
      el.style.display = ok ? '' : 'none';
      if (ok) { shown++; }
    });
    if (note) { note.textContent = (text || region) ? shown + ' of ' + alerts.length + ' alerts shown' : ''; }
  }
  if (input) {
    input.addEventListener('input', function () { apply(input.value.trim().toLowerCase(), null); });
  }
  markers.forEach(function (m) {
    m.addEventListener('click', function () {
      var region = m.getAttribute('data-region');
      var was = m.classList.contains('selected');
      markers.forEach(function (o) { o.classList.remove('selected'); });
      if (!was) { m.classList.add('selected'); }
      if (input) { input.value = ''; }
      apply('', was ? null : region);
      var list = document.getElementById('alerts');
      if (!was && list) { list.scrollIntoView({behavior: 'smooth'}); }
    });
  });
  // report.html#region=sa-east-1 opens with that region selected: links from tickets and chats
  var wanted = /^#region=([A-Za-z0-9_.-]+)$/.exec(window.location.hash);
  if (wanted) {
    markers.forEach(function (m) {
      if (m.getAttribute('data-region') === wanted[1]) { m.classList.add('selected'); }
    });
    apply('', wanted[1]);
  }
  document.documentElement.setAttribute('data-report-ready', String(alerts.length));
})();
