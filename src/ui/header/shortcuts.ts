/** The shortcuts the help dialog lists: each one is handled by the canvas, the store's key hooks or the browser. */
export const SHORTCUTS: { title: string; items: [keys: string[], what: string][] }[] = [
  {
    title: 'Editing',
    items: [
      [['Ctrl+Z'], 'Undo the last change to the design'],
      [['Shift+Ctrl+Z', 'Ctrl+Y'], 'Redo'],
      [['Delete', 'Backspace'], 'Delete the selected resources and connections'],
      [['Ctrl+C'], 'Copy the selected resources (with their permissions and roles)'],
      [['Ctrl+V'], 'Paste copied resources, or open a pasted template'],
    ],
  },
  {
    title: 'Canvas',
    items: [
      [['Click'], 'Select a resource or connection; its properties open on the left'],
      [['Shift+Click', 'Ctrl+Click'], 'Add to or remove from the selection'],
      [['Shift+Drag'], 'Select every node in a box'],
      [['Tab'], 'Move through nodes and connections; Enter selects'],
      [['Arrow keys'], 'Move the selected nodes'],
      [['Enter'], 'On a palette item: add it to the canvas'],
    ],
  },
  {
    title: 'Page',
    items: [
      [['?'], 'Show this list'],
      [['Escape'], 'Close a dialog'],
    ],
  },
];
