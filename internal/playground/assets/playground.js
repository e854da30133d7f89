// Boots GraphiQL on the page served by playground.go. It is a separate file,
// not an inline <script>, so the page's Content-Security-Policy can keep
// script-src at 'self'. The endpoint comes from a data attribute because the
// Go side has no other way to hand values to a non-inline script.
(function () {
  'use strict';

  var root = document.getElementById('graphiql');
  var endpoint = root.getAttribute('data-endpoint');

  var fetcher = GraphiQL.createFetcher({
    url: endpoint,
    // Send the session cookie to our own API (and never to anyone else's);
    // tokens pasted into the headers editor are merged in by GraphiQL.
    fetch: function (input, init) {
      return window.fetch(input, Object.assign({}, init, { credentials: 'same-origin' }));
    },
  });

  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      // Keep a pasted {"Authorization": "Bearer ..."} across reloads.
      shouldPersistHeaders: true,
      isHeadersEditorEnabled: true,
      // Open the headers tab so users see where the token goes.
      defaultEditorToolsVisibility: 'headers',
    })
  );
})();
