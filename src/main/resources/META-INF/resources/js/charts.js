// Progress charts. The data comes from data-series attributes (JSON); every chart has a table beside it.
(function () {
  'use strict';
  function series(id) {
    var el = document.getElementById(id);
    return el ? { el: el, data: JSON.parse(el.getAttribute('data-series') || '[]') } : null;
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') { return; }
    var forecast = series('forecast-chart');
    if (forecast) {
      new Chart(forecast.el, {
        type: 'bar',
        data: { labels: forecast.data.map(function (d) { return d.date.slice(5); }),
                datasets: [{ label: 'Cards due', data: forecast.data.map(function (d) { return d.due; }), backgroundColor: '#8a4b08' }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    }
    var quizzes = series('quiz-chart');
    if (quizzes) {
      new Chart(quizzes.el, {
        type: 'line',
        data: { labels: quizzes.data.map(function (q) { return q.date.slice(5) ; }),
                datasets: [{ label: 'Score (%)', data: quizzes.data.map(function (q) { return q.percent; }), borderColor: '#1565c0', tension: 0.2 }] },
        options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { min: 0, max: 100 } } }
      });
    }
  });
})();
