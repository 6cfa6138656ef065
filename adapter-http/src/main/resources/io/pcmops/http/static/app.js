// PCM-Ops page behaviour. Loaded as a file: the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var THEME = 'pcmops_theme';

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? match[1] : null;
  }

  function applyTheme(theme) {
    document.documentElement.setAttribute('data-bs-theme', theme);
  }

  function toggleTheme() {
    var next = document.documentElement.getAttribute('data-bs-theme') === 'dark' ? 'light' : 'dark';
    document.cookie = THEME + '=' + next + '; Path=/; Max-Age=31536000; SameSite=Strict';
    applyTheme(next);
  }

  function confirmForms(root) {
    root.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    });
  }

  function csvFiles(root) {
    root.querySelectorAll('input[type=file][data-fill]').forEach(function (input) {
      input.addEventListener('change', function () {
        var target = document.getElementById(input.getAttribute('data-fill'));
        if (input.files.length && target) {
          input.files[0].text().then(function (text) { target.value = text; });
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!cookie(THEME) && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) {
      applyTheme('dark');
    }
    var toggle = document.getElementById('theme-toggle');
    if (toggle) {
      toggle.addEventListener('click', toggleTheme);
    }
    confirmForms(document);
    csvFiles(document);
  });
})();
