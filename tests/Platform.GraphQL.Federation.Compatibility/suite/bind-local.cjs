// Preloaded into the suite's bundled users/inventory subgraphs (node --require): whatever port they ask for, they
// listen on 127.0.0.1 at a port the system picks, so several runs never collide and nothing is reachable from outside.
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  const options = typeof args[0] === 'object' && args[0] !== null ? { ...args[0] } : {};
  return listen.call(this, { ...options, port: 0, host: '127.0.0.1' }, callback);
};
