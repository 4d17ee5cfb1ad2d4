// The page's own script: a button that counts clicks and a clock that ticks. Tests click the button and
// read the clock after Counterclaim has scanned, to see that the page still works.
(function () {
  var ticks = 0;
  var clicks = 0;
  setInterval(function () {
    ticks++;
    document.documentElement.setAttribute('data-ticks', String(ticks));
  }, 100);
  function wire() {
    var button = document.getElementById('page-counter');
    if (!button) return;
    button.addEventListener('click', function () {
      clicks++;
      // nodeValue, not textContent: one hostile page replaces textContent with a getter that throws.
      button.firstChild.nodeValue = 'Clicked ' + clicks;
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
