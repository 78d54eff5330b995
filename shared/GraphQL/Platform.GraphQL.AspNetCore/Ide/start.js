// Starts GraphiQL against the endpoint named in the page's data-endpoint attribute. Queries and mutations are
// POSTed as JSON; subscriptions ask for Server-Sent Events (graphql-sse "distinct connections" mode).
(function () {
  'use strict';
  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint');

  function isSubscription(documentAST, operationName) {
    if (!documentAST) return false;
    return documentAST.definitions.some(function (definition) {
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription' &&
        (!operationName || (definition.name && definition.name.value === operationName));
    });
  }

  function post(params, headers, accept, signal) {
    var all = Object.assign({ 'Content-Type': 'application/json', 'Accept': accept }, headers || {});
    return fetch(endpoint, {
      method: 'POST', headers: all, body: JSON.stringify(params), credentials: 'same-origin', signal: signal
    });
  }

  async function* readEvents(response, controller) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    try {
      for (;;) {
        var chunk = await reader.read();
        if (chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
        var end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          var block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          var event = 'message';
          var data = [];
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event:') === 0) event = line.slice(6).trim();
            else if (line.indexOf('data:') === 0) data.push(line.slice(5).replace(/^ /, ''));
          });
          if (event === 'complete') return;
          if (event === 'next' && data.length) yield JSON.parse(data.join('\n'));
        }
      }
    } finally {
      controller.abort();
    }
  }

  async function fetcher(params, options) {
    var headers = options && options.headers;
    if (!isSubscription(options && options.documentAST, params.operationName)) {
      var response = await post(params, headers, 'application/graphql-response+json, application/json');
      return response.json();
    }
    var controller = new AbortController();
    var stream = await post(params, headers, 'text/event-stream', controller.signal);
    var type = stream.headers.get('Content-Type') || '';
    if (type.indexOf('text/event-stream') !== 0) return stream.json();
    return readEvents(stream, controller);
  }

  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, { fetcher: fetcher }));
})();
