// How the build groups the libraries' code into files (Rolldown's code-splitting groups), added before Reflex's own.
// Left alone, the bundler gives each icon and each small component a file of its own, as the set of pages using it
// differs: the Training tab needed nearly forty files, and a phone's browser asks one server for six at a time, each
// after a round trip. Here every page takes the framework in one file and the components in another; the controls
// only the coach's console draws (menus, selects, tables...) keep to a file of their own, which the athlete's phone
// never downloads.
const FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@react-router|@emotion|socket\.io-client|socket\.io-parser|@socket\.io|engine\.io-client|engine\.io-parser|universal-cookie|cookie|json5)[\\/]|preload-helper/;
const RADIX = /node_modules[\\/](@radix-ui|@floating-ui)[\\/]/;
const RADIX_THEMES = /node_modules[\\/]@radix-ui[\\/]themes[\\/]/;
const CONSOLE_CONTROLS =
  /[\\/]components[\\/](alert-dialog|checkbox[a-z.-]*|context-menu|data-list|dropdown-menu|hover-card|popover|progress|radio[a-z-]*|scroll-area|select|slider|switch|tab-nav|table|tabs|theme-panel|tooltip)\.js$/;
// beside Radix Themes, what the pages draw with: rx.form, the icons, and in-view detection
const COMPONENTS = /node_modules[\\/](@radix-ui[\\/]react-form|lucide-react|react-intersection-observer)[\\/]/;

export default [
  {
    name: "framework",
    test: FRAMEWORK,
    priority: 3,
  },
  {
    name: "components",
    test: (id) => (RADIX_THEMES.test(id) && !CONSOLE_CONTROLS.test(id)) || COMPONENTS.test(id),
    priority: 2,
  },
  {
    name: "console-controls",
    test: RADIX,
    priority: 1,
  },
];
