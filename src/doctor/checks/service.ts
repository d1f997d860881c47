/**
 * Is this Pi set up to come up as the configured role on power-on: the piccs@<role> unit and the PLC link
 * unit enabled (deploy/install.sh). Looks only at systemd's [Install] symlinks, through the facts port.
 */

import type { Check } from '../types.js';
import { fail, pass, skip, warn } from './result.js';

const WANTS = '/etc/systemd/system/multi-user.target.wants';

export const serviceEnabled: Check = {
  id: 'service.enabled',
  title: 'starts at boot',
  run(ctx) {
    if (ctx.role === 'sim') return skip(this, 'role sim is not a boot service');
    if (!ctx.facts.exists('/etc/systemd/system')) return skip(this, 'no systemd here');
    const wants = ctx.facts.listDir(WANTS) ?? [];
    const roles = wants.map((n) => n.match(/^piccs@(\w+)\.service$/)?.[1]).filter((r): r is string => Boolean(r));
    const link = `piccs-plc-link@${ctx.iface}.service`;
    const install = `sudo deploy/install.sh --role ${ctx.role} --iface ${ctx.iface}`;
    if (roles.length > 1) {
      return fail(
        this,
        `several roles enabled: ${roles.map((r) => `piccs@${r}`).join(', ')}; they would fight over the hardware`,
        install,
      );
    }
    if (roles.length === 0)
      return warn(this, `piccs@${ctx.role}.service is not enabled: the Pi does not start piccs at boot`, install);
    if (roles[0] !== ctx.role) {
      return warn(this, `piccs@${roles[0]}.service is enabled, but this config is for role ${ctx.role}`, install);
    }
    if (!wants.includes(link)) {
      return warn(
        this,
        `piccs@${ctx.role} is enabled, but ${link} is not: nothing brings ${ctx.iface} up at boot`,
        install,
      );
    }
    return pass(this, `piccs@${ctx.role}.service and ${link} enabled`);
  },
};
