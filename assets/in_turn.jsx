// Children drawn one at a time, each in a task of its own, in the order they were mounted. Reflex applies the
// state it receives in one synchronous render, so a week of workout cards would otherwise be built in one long
// task during which a slow phone ignores taps (nexrex_app/components/in_turn.py).
import { useEffect, useRef, useState } from "react";

const waiting = []; // one function per part not drawn yet: it draws the part, or says it has gone
let drawing = false;
let channel = null; // made in the browser only: a prerender must not hold a port open

// A message, not a timer: browsers slow timers in a tab that is not in front to about one a second.
function drawSoon() {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = drawNext;
  }
  channel.port2.postMessage(null);
}

// Draws the next part still on the page; once drawn, that part asks for the one after it.
function drawNext() {
  while (waiting.length) {
    if (waiting.shift()()) return;
  }
  drawing = false;
}

function oneDrawn() {
  if (waiting.length) drawSoon();
  else drawing = false;
}

export function InTurn({ children }) {
  const [drawn, setDrawn] = useState(false);
  const committed = useRef(false);
  useEffect(() => {
    let mounted = true;
    let asked = false;
    waiting.push(() => {
      if (!mounted) return false;
      asked = true;
      setDrawn(true);
      return true;
    });
    if (!drawing) {
      drawing = true;
      drawSoon();
    }
    return () => {
      mounted = false;
      if (asked && !committed.current) oneDrawn(); // it went before it was drawn: go on with the next
    };
  }, []);
  useEffect(() => {
    if (drawn) {
      committed.current = true;
      oneDrawn();
    }
  }, [drawn]);
  return drawn ? children : null;
}
