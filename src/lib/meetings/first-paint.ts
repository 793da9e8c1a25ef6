/**
 * The one inline script of the meetings pages, written right after each day's list so it runs as
 * the list is parsed, before the browser paints it. When the visitor's date in the site's zone
 * is the date the build wrote the first day for (the usual case: the site is rebuilt daily), it
 * hides the day's sessions that do not happen that week and, for today, moves the sessions that
 * have ended below the ones to come. The page script (src/client/meetings.ts) reaches the same order later; done here first,
 * the list is painted once in its final order and nothing on screen moves.
 *
 * It reads only what the build wrote: the section's `data-date`, each row's `data-ends` (minutes
 * on the site's clock) and `data-off`, and the site zone's offsets around the build
 * (`data-site-offsets`, lib/time/zone-offsets.ts), so it reads the site's clock without Intl,
 * whose first use with a time zone would hold up the first paint on a slow phone; past those
 * offsets it asks Intl. Its exact text is trusted by the Content-Security-Policy
 * by hash (src/integrations/headers/known-blocks.ts), so it is a constant, and written for every
 * browser the site supports without a build step.
 */
export const FIRST_PAINT_SCRIPT = `(function () {
  var section = document.currentScript && document.currentScript.previousElementSibling;
  var ordered = section && section.querySelector('ol');
  if (ordered) ordered.setAttribute('data-ordered', '');
  var days = section && section.parentElement;
  var first = days && days.querySelector('section[data-date]');
  if (!first) return;
  var instant = Date.now();
  var offsets = (days.getAttribute('data-site-offsets') || '').split(' ');
  var offset;
  if (instant >= Number(offsets[0]) && instant < Number(offsets[1])) {
    for (var i = 2; i < offsets.length; i++) {
      var step = offsets[i].split(':');
      if (Number(step[0]) <= instant) offset = Number(step[1]);
    }
  }
  var parts = {};
  if (offset !== undefined) {
    var wall = new Date(instant + offset * 60000);
    var two = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    parts = {
      year: String(wall.getUTCFullYear()),
      month: two(wall.getUTCMonth() + 1),
      day: two(wall.getUTCDate()),
      hour: String(wall.getUTCHours()),
      minute: String(wall.getUTCMinutes())
    };
  } else {
    if (!window.Intl) return;
    new Intl.DateTimeFormat('en-US', {
      timeZone: days.getAttribute('data-site-zone'),
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
      .formatToParts(new Date(instant))
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
  }
  if (parts.year + '-' + parts.month + '-' + parts.day !== first.getAttribute('data-date')) return;
  var now = (Number(parts.hour) % 24) * 60 + Number(parts.minute);
  section.querySelectorAll('li[data-off]').forEach(function (row) {
    row.hidden = true;
  });
  var list = section === first && section.querySelector('ol');
  if (!list) return;
  Array.prototype.slice.call(list.children).forEach(function (row) {
    if (Number(row.getAttribute('data-ends')) <= now) list.appendChild(row);
  });
})();
`;
