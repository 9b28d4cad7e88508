// A file from the device, picked with the browser's own file input (the button inside opens it) or dropped on the
// area, handed to onPick as a list (nexrex_app/components/file_picker.py).
import { useRef } from "react";

export function FilePicker({ id, inputLabel, onPick, children }) {
  const input = useRef(null);
  const pick = (files) => {
    if (files && files.length) onPick?.(Array.from(files));
  };
  return (
    <div
      id={id}
      style={{ width: "100%" }}
      onClick={(event) => event.target !== input.current && input.current?.click()}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        pick(event.dataTransfer.files);
      }}
    >
      <input
        ref={input}
        type="file"
        aria-label={inputLabel}
        tabIndex={-1}
        style={{ display: "none" }}
        onChange={(event) => {
          pick(event.target.files);
          event.target.value = ""; // the same file picked again is sent again
        }}
      />
      {children}
    </div>
  );
}
