// Children drawn one at a time, each in a task of its own, in the order they were mounted. Reflex applies the
// state it receives in one synchronous render, so a week of workout cards would otherwise be built in one long
// task during which a slow phone ignores taps (nexrex_app/components/in_turn.py).
import { useEffect, useState } from "react";

const waiting = [];
let drawing = false;

function drawNext() {
  const draw = waiting.shift();
  if (draw) draw();
  if (waiting.length) setTimeout(drawNext, 0);
  else drawing = false;
}

export function InTurn({ children }) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let mounted = true;
    waiting.push(() => mounted && setDrawn(true));
    if (!drawing) {
      drawing = true;
      setTimeout(drawNext, 0);
    }
    return () => {
      mounted = false;
    };
  }, []);
  return drawn ? children : null;
}
