/**
 * Public surface of link/: the EthernetPort type, the Ethernet II codec, the simulated powerline and the real
 * libpcap port (`cap` is only imported when openPcapPort is called).
 */

export * from './ethernet.js';
export * from './pcap.js';
export * from './ports.js';
export * from './sim-hub.js';
