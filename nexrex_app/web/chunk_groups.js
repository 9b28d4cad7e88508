// How the build groups the libraries' code into files (Rolldown's code-splitting groups), added to Reflex's own.
// Left alone, the bundler gives each icon and each small component a file of its own, as the set of pages using it
// differs: the Training tab then needs nearly forty requests, and a phone's browser asks one server for six at a time.
// The controls only the coach's console draws (menus, selects, tables...) keep to a file of their own, so the
// athlete's phone never downloads them.
const RADIX = /node_modules[\\/]@radix-ui[\\/]/;
const RADIX_THEMES = /node_modules[\\/]@radix-ui[\\/]themes[\\/]/;
const RADIX_FORM = /node_modules[\\/]@radix-ui[\\/]react-form[\\/]/; // rx.form, on every side
const CONSOLE_CONTROLS =
  /[\\/]components[\\/](alert-dialog|checkbox[a-z.-]*|context-menu|data-list|dropdown-menu|hover-card|popover|progress|radio[a-z-]*|scroll-area|select|slider|switch|tab-nav|table|tabs|theme-panel|tooltip)\.js$/;

export default [
  {
    name: "react",
    test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
    priority: 3,
  },
  {
    name: "icons",
    test: /node_modules[\\/]lucide-react[\\/]/,
    priority: 2,
  },
  {
    name: "radix-themes",
    test: (id) => (RADIX_THEMES.test(id) && !CONSOLE_CONTROLS.test(id)) || RADIX_FORM.test(id),
    priority: 2,
  },
  {
    name: "console-controls",
    test: (id) => RADIX.test(id) || /node_modules[\\/]@floating-ui[\\/]/.test(id),
    priority: 1,
  },
];
