// The page's own spy, in its main world: it names another site's article as its canonical, and watches everything
// a page script can see of Counterclaim (highlight names and ranges, its performance entries, its marks) from the
// first moment, so a test can ask what it learned.
(function () {
  var port = location.port ? ':' + location.port : '';
  var canonical = document.createElement('link');
  canonical.rel = 'canonical';
  canonical.href = 'http://ledger.test' + port + '/trump-putin-call.html';
  document.head.appendChild(canonical);
  var alternate = document.createElement('meta');
  alternate.setAttribute('property', 'og:url');
  alternate.content = canonical.href;
  document.head.appendChild(alternate);

  var spy = { names: {}, snapshots: [], entries: [], marks: 0, scriptsRan: 0 };
  window.__spy = spy;
  function snapshot() {
    var registry = window.CSS && CSS.highlights;
    if (!registry) return;
    var seen = [];
    registry.forEach(function (highlight, name) {
      spy.names[name] = true;
      var texts = [];
      highlight.forEach(function (range) {
        texts.push(String(range));
      });
      texts.sort();
      seen.push(name + '=' + texts.join('|'));
    });
    var key = seen.sort().join('\n');
    if (spy.snapshots[spy.snapshots.length - 1] !== key) spy.snapshots.push(key);
    spy.marks = Math.max(spy.marks, document.querySelectorAll('mark').length);
    var entries = performance.getEntries();
    for (var i = 0; i < entries.length; i++) {
      if (/counterclaim/i.test(entries[i].name) && spy.entries.indexOf(entries[i].name) < 0)
        spy.entries.push(entries[i].name);
    }
    spy.scriptsRan++;
  }
  setInterval(snapshot, 20);
  try {
    new PerformanceObserver(function (list) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i++) spy.entries.push(entries[i].name);
    }).observe({ entryTypes: ['mark', 'measure'] });
  } catch (e) {
    // No observer: the polling above still reads the timeline.
  }
})();
