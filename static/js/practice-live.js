// The live-tweet scenario: a cue of the transcript seeks the recording and ties the next
// post to its moment; while the video plays, the post's moment follows it and the cue
// being spoken is marked. Without this file, a cue's link reloads the page with its
// moment chosen in the form, and the learner may choose one in the list.
(function () {
  "use strict";
  var section = document.querySelector("[data-live-recording]");
  if (!section) return;
  var video = section.querySelector("[data-live-video]");
  var field = document.querySelector("[data-moment-field]");
  var cues = Array.prototype.slice.call(section.querySelectorAll("[data-cue]"));
  var videoOption = null;

  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  // As practice/transcript.py format_moment: "2:05", or "1:02:05" from an hour.
  function format(seconds) {
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    return hours ? hours + ":" + pad(minutes) + ":" + pad(rest) : minutes + ":" + pad(rest);
  }

  function setMoment(seconds) {
    if (!field) return;
    var value = String(seconds);
    var cueOption = Array.prototype.filter.call(field.options, function (option) {
      return option.value === value && !option.hasAttribute("data-video-option");
    })[0];
    if (cueOption) {
      field.value = value;
      return;
    }
    if (!videoOption) {
      videoOption = document.createElement("option");
      videoOption.setAttribute("data-video-option", "");
      field.appendChild(videoOption);
    }
    videoOption.value = value;
    videoOption.textContent = (field.dataset.videoLabel || "{moment}").replace("{moment}", format(seconds));
    field.value = value;
  }

  function markCue(seconds) {
    var current = null;
    cues.forEach(function (cue) {
      if (Number(cue.dataset.cue) <= seconds) current = cue;
    });
    cues.forEach(function (cue) {
      if (cue === current) cue.setAttribute("aria-current", "true");
      else cue.removeAttribute("aria-current");
    });
  }

  section.addEventListener("click", function (event) {
    var link = event.target.closest("[data-seek]");
    if (!link) return;
    event.preventDefault();
    var seconds = Number(link.dataset.seek);
    if (video) video.currentTime = seconds;
    setMoment(seconds);
    markCue(seconds);
  });

  if (video) {
    video.addEventListener("timeupdate", function () {
      var seconds = Math.floor(video.currentTime);
      setMoment(seconds);
      markCue(seconds);
    });
  }
  if (field && field.value) markCue(Number(field.value));
})();
