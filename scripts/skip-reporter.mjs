// A node:test reporter that writes one JSON line per skipped suite or test (name, file, reason) to its
// destination. scripts/run-tests.mjs runs it beside the spec reporter and prints the list after node's summary:
// node counts skipped tests but not skipped suites, whose tests never start (so `ℹ skipped 0` can hide them).
export default async function* skipReporter(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const d = event.data;
    if (!d.skip) continue;
    yield `${JSON.stringify({
      kind: d.details?.type === 'suite' ? 'suite' : 'test',
      name: d.name,
      file: d.file ?? '',
      reason: typeof d.skip === 'string' ? d.skip : '(no reason given)',
    })}\n`;
  }
}
