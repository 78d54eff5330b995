// Decodes a federated trace (the base64 of extensions.ftv1) with Apollo's own reports.proto code and prints it as JSON.
// Usage: node decode-trace.mjs <base64>
import protobuf from '@apollo/usage-reporting-protobuf';

const { Trace } = protobuf;
const trace = Trace.decode(Buffer.from(process.argv[2] ?? '', 'base64'));
console.log(JSON.stringify(Trace.toObject(trace, { longs: Number, defaults: false }), null, 2));
