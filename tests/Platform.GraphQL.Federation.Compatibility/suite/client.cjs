// Stands in for the suite's utils/client (jest moduleNameMapper): the same requests, but to the router and products
// URLs this run was given (ROUTER_URL, PRODUCTS_URL) instead of the fixed localhost ports the suite assumes.
const ROUTER_URL = process.env.ROUTER_URL;
const PRODUCTS_URL = process.env.PRODUCTS_URL;

async function graphqlRequest(url, req, headers) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', ...(headers ?? {}) },
    body: JSON.stringify(req),
  });
  if (response.ok && response.headers.get('content-type')?.startsWith('application/json')) {
    return response.json();
  }

  return response.text();
}

module.exports = {
  ROUTER_URL,
  graphqlRequest,
  productsRequest: (req, headers) => graphqlRequest(PRODUCTS_URL, req, headers),
  routerRequest: (req, headers) => graphqlRequest(ROUTER_URL, req, headers),
};
