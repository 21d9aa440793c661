// Applies the saved light or dark scheme before the app starts, so the page never flashes.
(function () {
  var scheme = 'light';
  try {
    var saved = window.localStorage.getItem('mantine-color-scheme-value');
    if (saved === 'light' || saved === 'dark') scheme = saved;
    else if (window.matchMedia('(prefers-color-scheme: dark)').matches) scheme = 'dark';
  } catch {
    // Storage can be blocked; the light scheme is then the safe default.
  }
  document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
})();
