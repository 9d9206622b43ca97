// Whether a pointer is pressed anywhere on the page, and a signal when it is let go. A click is
// sent to what both the press and the release hit: if someone else's edit redraws the page in
// between and moves the button away, the release lands elsewhere and the click is lost. Views
// that show other people's edits hold them back while a press lasts (see useBoardSnapshot).
"use client";

let pressed = false;
const waiting = new Set<() => void>();
let listening = false;

function release() {
  if (!pressed) return;
  pressed = false;
  // After this event's click has been dispatched: it was aimed at the layout the press saw.
  setTimeout(() => {
    for (const run of [...waiting]) run();
  }, 0);
}

function listen() {
  if (listening) return;
  listening = true;
  window.addEventListener("pointerdown", () => (pressed = true), true);
  // pointercancel also comes when a drag starts; leaving the window or tab covers a release we
  // never see. (Listened to without capture: a field losing focus to the press is no release.)
  for (const type of ["pointerup", "pointercancel", "dragstart"]) window.addEventListener(type, release, true);
  window.addEventListener("blur", release);
  document.addEventListener("visibilitychange", () => document.hidden && release());
}

/** True while a pointer is pressed on the page. */
export function isPressed(): boolean {
  listen();
  return pressed;
}

/** Calls `run` after every release until the returned function is called. */
export function onRelease(run: () => void): () => void {
  listen();
  waiting.add(run);
  return () => waiting.delete(run);
}
