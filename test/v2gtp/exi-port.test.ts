import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemClock } from '../../src/core/clock.js';
import { DecodeError } from '../../src/core/errors.js';
import type { PortEvent, V2gMessagePort } from '../../src/v2g/port.js';
import { createExiPort } from '../../src/v2gtp/exi-port.js';
import { PayloadType, V2gtpHeaderError } from '../../src/v2gtp/header.js';
import { connectV2g, type V2gConnection, V2gServer } from '../../src/v2gtp/transport.js';

/** The ABB capture's supportedAppProtocolReq (#439) and pyPLC's Res (#444), as EXI JSON and bytes. */
const SAP_REQ_HEX = '8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040';
const SAP_REQ = {
  supportedAppProtocolReq: {
    AppProtocol: [
      {
        ProtocolNamespace: 'urn:din:70121:2012:MsgDef',
        VersionNumberMajor: 2,
        VersionNumberMinor: 0,
        SchemaID: 1,
        Priority: 1,
      },
    ],
  },
};
const SAP_RES = { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } };

function nextEvent(port: V2gMessagePort, type: PortEvent['type']): Promise<PortEvent> {
  return new Promise((resolve) => {
    const off = port.subscribe((e) => {
      if (e.type !== type) return;
      off();
      resolve(e);
    });
  });
}

async function pair(): Promise<{ server: V2gServer; secc: Promise<V2gConnection>; evcc: V2gConnection }> {
  let got: (c: V2gConnection) => void = () => {};
  const secc = new Promise<V2gConnection>((r) => {
    got = r;
  });
  const server = await V2gServer.listen({ host: '::1', clock: systemClock, onConnection: (c) => got(c) });
  const evcc = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
  return { server, secc, evcc };
}

describe('EXI message port over TCP (loopback)', () => {
  it('carries EXI JSON documents both ways with the real bytes on the wire', async () => {
    const { server, secc, evcc } = await pair();
    try {
      const wire: string[] = [];
      const carPort = createExiPort(evcc, {
        onBytes: (dir, b) => wire.push(`${dir}:${Buffer.from(b).toString('hex')}`),
      });
      const seccPort = createExiPort(await secc);
      const atSecc = nextEvent(seccPort, 'message');
      carPort.send(SAP_REQ, 'apphand');
      const req = await atSecc;
      assert.deepEqual(req, { type: 'message', doc: SAP_REQ, schema: 'apphand' });
      assert.equal(wire[0], `out:${SAP_REQ_HEX}`, 'byte-identical to the car in the ABB capture');
      const atCar = nextEvent(carPort, 'message');
      seccPort.send(SAP_RES, 'apphand');
      assert.deepEqual(await atCar, { type: 'message', doc: SAP_RES, schema: 'apphand' });
      assert.equal(wire[1], 'in:80400040');
      const closed = nextEvent(seccPort, 'closed');
      carPort.close();
      assert.equal((await closed).type, 'closed');
    } finally {
      await server.close();
    }
  });

  it('reports undecodable EXI and a foreign payload type as error events, keeps the connection', async () => {
    const { server, secc, evcc } = await pair();
    try {
      const seccPort = createExiPort(await secc);
      seccPort.expect('din');
      let e = nextEvent(seccPort, 'error');
      evcc.send(Buffer.from('ffffffff', 'hex'));
      const err1 = await e;
      assert.ok(err1.type === 'error' && err1.error instanceof DecodeError);
      e = nextEvent(seccPort, 'error');
      evcc.send(Buffer.from('1000', 'hex'), PayloadType.SDP_REQUEST);
      const err2 = await e;
      assert.ok(err2.type === 'error' && err2.error instanceof V2gtpHeaderError);
      assert.equal(evcc.closed, false);
    } finally {
      evcc.close();
      await server.close();
    }
  });
});
