// Boots GraphiQL on the page served by playground.go. It is a separate file,
// not an inline <script>, so the page's Content-Security-Policy can keep
// script-src at 'self'. The endpoint comes from a data attribute because the
// Go side has no other way to hand values to a non-inline script.
//
// Signed in to the portal in this browser, the playground runs queries as you:
// it exchanges the portal's session cookie (HttpOnly, same origin) for an
// access token and sends it as the Authorization header, unless the headers
// editor sets one (an API key, to try what a script would see).
(function () {
  'use strict';

  var root = document.getElementById('graphiql');
  var bar = document.getElementById('session');
  var endpoint = root.getAttribute('data-endpoint');
  // The portal's refresh lock (frontend/src/lib/session.ts): a refresh token
  // works once, so this page and portal tabs must never exchange it at once.
  var LOCK = 'partnerhub-session-refresh';
  var REFRESH =
    'mutation PlaygroundSession { refreshSession(input: {}) { accessToken accessTokenExpiresAt viewer { name email role } } }';
  var session = null; // { token, expiresAt, viewer }
  var inflight = null;

  function withLock(fn) {
    var locks = navigator.locks;
    return locks && locks.request ? locks.request(LOCK, fn) : fn();
  }

  function refresh() {
    if (!inflight) {
      inflight = withLock(function () {
        return window
          .fetch(endpoint, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'X-PartnerHub-Session': 'cookie' },
            body: JSON.stringify({ query: REFRESH, operationName: 'PlaygroundSession' }),
          })
          .then(function (res) { return res.json(); })
          .then(function (body) {
            var s = body && body.data && body.data.refreshSession;
            session = s ? { token: s.accessToken, expiresAt: Date.parse(s.accessTokenExpiresAt), viewer: s.viewer } : null;
          })
          .catch(function () { session = null; });
      }).then(
        function () { inflight = null; show(); },
        function () { inflight = null; show(); }
      );
    }
    return inflight;
  }

  // The token for a request, refreshed when it has less than a minute left.
  function token() {
    if (session && session.expiresAt - Date.now() > 60000) return Promise.resolve(session.token);
    return refresh().then(function () { return session ? session.token : null; });
  }

  function text(s) { return document.createTextNode(s); }
  function el(tag, s) { var e = document.createElement(tag); e.textContent = s; return e; }

  function show() {
    bar.textContent = '';
    if (session) {
      var v = session.viewer;
      bar.append(text('Signed in as '), el('strong', v.name), text(' (' + v.email + ', ' + v.role + '): queries run with your session. '));
    } else {
      bar.append(el('strong', 'Not signed in'), text(': queries run anonymously. Sign in to the portal in this browser, or '));
    }
    bar.append(
      text('From a script, send the header '),
      el('code', 'Authorization: Bearer phk_…'),
      text(' with an API key (or an access token from login); a header set below takes precedence over your session.')
    );
  }

  function hasAuthorization(headers) {
    return Object.keys(headers || {}).some(function (k) { return k.toLowerCase() === 'authorization'; });
  }

  var fetcher = GraphiQL.createFetcher({
    url: endpoint,
    // Send the session to our own API (and never to anyone else's); tokens
    // pasted into the headers editor are merged in by GraphiQL and win.
    fetch: function (input, init) {
      init = Object.assign({}, init, { credentials: 'same-origin' });
      var headers = Object.assign({}, init.headers);
      if (hasAuthorization(headers)) return window.fetch(input, init);
      return token().then(function (t) {
        if (t) headers.Authorization = 'Bearer ' + t;
        init.headers = headers;
        return window.fetch(input, init);
      });
    },
  });

  refresh();
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      // Keep a pasted {"Authorization": "Bearer ..."} across reloads.
      shouldPersistHeaders: true,
      isHeadersEditorEnabled: true,
      defaultQuery: '# Your session is sent for you. Try:\n{\n  viewer {\n    name\n    email\n    role\n  }\n}\n',
    })
  );
})();
