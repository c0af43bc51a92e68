// SPDX-License-Identifier: Apache-2.0
// node-oidc-provider configured for bench/emulator-throughput.sh's load: the client_credentials
// grant for the seed page's application, a JWT access token signed HS256 like the emulator's
// default, on a free port of 127.0.0.1. Prints "listening http://127.0.0.1:PORT" like the emulator.
import { createSecretKey, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const provider = new Provider('http://127.0.0.1', {
  clients: [{
    client_id: 'EXAMPLE_APPLICATION',
    client_secret: '4toXrw0x-SpM1K4c7D$M0OkJcA1OgW4HeOlV',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  features: {
    clientCredentials: { enabled: true },
    devInteractions: { enabled: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:santedb:bench',
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: '*',
        accessTokenTTL: 3600,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'HS256', key: createSecretKey(randomBytes(32)) } },
      }),
    },
  },
});
provider.on('server_error', (ctx, error) => console.error(error));
const server = provider.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
