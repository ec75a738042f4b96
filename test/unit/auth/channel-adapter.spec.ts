import { strict as assert } from 'node:assert';
import { createChannelAdapter } from '../../../src/auth/channel-adapter';

/** Playground mode (no BOT_ID): botbuilder authenticates nothing, and still builds clients per turn. */
describe('ChannelAdapter: what botbuilder built per turn is built once', () => {
  const activity = (serviceUrl: string) => ({ type: 'message', serviceUrl, channelId: 'msteams' });

  it("a service URL's connector client is reused across turns; another service URL gets its own", async () => {
    const adapter = createChannelAdapter(undefined);
    const first = await adapter.authenticate(activity('https://smba.example/amer/'), '');
    const second = await adapter.authenticate(activity('https://smba.example/amer/'), '');
    const other = await adapter.authenticate(activity('https://smba.example/emea/'), '');
    const a = await first.connectorFactory!.create('https://smba.example/amer/', first.audience);
    const b = await second.connectorFactory!.create('https://smba.example/amer/', second.audience);
    const c = await other.connectorFactory!.create('https://smba.example/emea/', other.audience);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });
});
